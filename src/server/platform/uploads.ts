import type { FastifyRequest } from 'fastify';
import { UPLOAD_FIELD } from './error-handler.js';
import { Validation } from './errors.js';

export interface UploadedFile {
  filename: string;
  mimetype: string;
  data: Buffer;
}

/**
 * Reads the one file of an upload (multipart field `file`) and makes sure nothing follows it:
 * a second part, a text field or a body cut short is refused, not silently ignored. The errors
 * @fastify/multipart and busboy throw are mapped to 400/413 by the error handler.
 */
export async function readSingleFile(
  request: FastifyRequest,
  maxBytes: number,
): Promise<UploadedFile> {
  let file: UploadedFile | undefined;
  const parts = request.parts({ limits: { fileSize: maxBytes, files: 1, fields: 0, parts: 1 } });
  for await (const part of parts) {
    if (part.type !== 'file' || part.fieldname !== UPLOAD_FIELD || file)
      throw Validation({ [UPLOAD_FIELD]: 'error.multipartOneFile' });
    file = { filename: part.filename, mimetype: part.mimetype, data: await part.toBuffer() };
  }
  if (!file) throw Validation({ [UPLOAD_FIELD]: 'validation.required' });
  return file;
}
