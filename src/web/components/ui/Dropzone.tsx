import { Box, LoadingOverlay } from '@mantine/core';
import { createContext, useContext, type ReactNode } from 'react';
import { useDropzone, type Accept, type FileRejection } from 'react-dropzone';

export type { FileRejection };

type DropState = 'idle' | 'accept' | 'reject';
const DropStateContext = createContext<DropState>('idle');

interface DropzoneProps {
  onDrop: (files: File[]) => void;
  onReject: (rejections: FileRejection[]) => void;
  accept: Accept;
  maxSize: number;
  multiple?: boolean;
  loading?: boolean;
  /** The accessible name of the zone and its hidden file input (what the zone asks for). */
  label: string;
  /** Given to the hidden file input (tests choose files through it). */
  inputProps?: Record<string, string>;
  'data-testid'?: string;
  children: ReactNode;
}

/**
 * A zone to drop a file on or click to choose one, with what it shows while a file is dragged
 * over it (Dropzone.Accept / Reject / Idle). react-dropzone does the work; this replaces
 * @mantine/dropzone, whose current versions require Node 22.
 */
export function Dropzone({
  onDrop,
  onReject,
  accept,
  maxSize,
  multiple = false,
  loading = false,
  label,
  inputProps,
  children,
  ...rest
}: DropzoneProps) {
  const { getRootProps, getInputProps, isDragAccept, isDragReject } = useDropzone({
    onDropAccepted: onDrop,
    onDropRejected: onReject,
    accept,
    maxSize,
    multiple,
    disabled: loading,
  });
  const state: DropState = isDragAccept ? 'accept' : isDragReject ? 'reject' : 'idle';
  const color =
    state === 'accept'
      ? 'var(--mantine-color-brand-6)'
      : state === 'reject'
        ? 'var(--mantine-color-red-6)'
        : 'var(--mantine-color-gray-4)';
  return (
    <Box
      {...getRootProps()}
      data-testid={rest['data-testid']}
      pos="relative"
      p="md"
      style={{
        border: `1px dashed ${color}`,
        borderRadius: 'var(--mantine-radius-md)',
        cursor: loading ? 'default' : 'pointer',
        backgroundColor: state === 'idle' ? undefined : 'var(--mantine-color-gray-0)',
      }}
    >
      <LoadingOverlay visible={loading} />
      <input {...getInputProps()} aria-label={label} {...inputProps} />
      <DropStateContext.Provider value={state}>{children}</DropStateContext.Provider>
    </Box>
  );
}

function Shown({ when, children }: { when: DropState; children: ReactNode }) {
  return useContext(DropStateContext) === when ? children : null;
}

Dropzone.Accept = ({ children }: { children: ReactNode }) => (
  <Shown when="accept">{children}</Shown>
);
Dropzone.Reject = ({ children }: { children: ReactNode }) => (
  <Shown when="reject">{children}</Shown>
);
Dropzone.Idle = ({ children }: { children: ReactNode }) => <Shown when="idle">{children}</Shown>;
