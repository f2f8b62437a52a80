import type { Deps } from '../../deps.js';
import type { DocumentsService, PdfService } from '../documents/index.js';
import type { OrganizationsService } from '../organizations/index.js';
import { definePeppolJobs } from './einvoicing.jobs.js';
import { createPeppolDeliveryService } from './peppol-delivery.service.js';
import { createPeppolSendingService } from './peppol-sending.service.js';
import { createPeppolSettingsService } from './peppol-settings.service.js';
import { createPeppolUblService } from './peppol-ubl.service.js';

/**
 * PEPPOL for the rest of the app: the access point's settings, a document's UBL, checking and
 * queuing a sending, and the delivery that follows (its jobs are defined here, once).
 */
export function createPeppolService(
  deps: Deps,
  services: { documents: DocumentsService; organizations: OrganizationsService; pdf: PdfService },
) {
  const settings = createPeppolSettingsService(deps, services);
  const ubl = createPeppolUblService(deps, services);
  const sending = createPeppolSendingService(deps, { documents: services.documents, ubl });
  const delivery = createPeppolDeliveryService(deps, { settings, ubl });
  definePeppolJobs(deps.jobs, delivery);

  return {
    getSettings: settings.getSettings,
    saveSettings: settings.saveSettings,
    deleteSettings: settings.deleteSettings,
    register: settings.register,
    registrationUpdate: settings.registrationUpdate,
    /** For the recipient check of received documents. */
    settingsRow: settings.settingsRow,
    ubl: ubl.ubl,
    status: sending.status,
    send: sending.send,
    transmissionUpdate: delivery.transmissionUpdate,
  };
}

export type PeppolService = ReturnType<typeof createPeppolService>;
