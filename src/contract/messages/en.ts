/** API error and validation messages, shared by the server (error bodies) and the web app (forms). */
export const en = {
  'error.validation': 'Some fields are not valid.',
  'error.badRequest': 'The request could not be understood.',
  'error.invalidJson': 'The request body is not valid JSON.',
  'error.invalidUtf8': 'The request body is not valid UTF-8 text.',
  'error.bodyTooLarge': 'The request is too large.',
  'error.unsupportedMediaType': 'This content type is not accepted.',
  'error.multipartInvalid':
    'The upload could not be read (incomplete or malformed form data). Choose the file again.',
  'error.multipartOneFile': 'Send exactly one file, in the field “file”.',
  'error.invalidUrl': 'The address contains characters that cannot be read.',
  'error.unauthenticated': 'Please log in.',
  'error.sessionExpired': 'Your session has expired. Please log in again.',
  'error.forbidden': 'You do not have access to this.',
  'error.moduleForbidden': 'Your account does not give you access to this part of the company.',
  'error.appDisabled':
    'This app is switched off for the company. An owner can switch it on in Settings → Apps.',
  'error.notFound': 'Not found.',
  'error.conflict': 'This conflicts with existing data.',
  'error.csrf': 'The security token is missing or invalid. Reload the page and try again.',
  'error.invalidCredentials': 'The email address or password is incorrect.',
  'error.tooManyAttempts': 'Too many attempts. Try again in {{minutes}} minutes.',
  'error.emailTaken': 'An account with this email address already exists.',
  'error.notMember': 'You are not a member of this organization.',
  'error.noOrganization': 'Open one of your companies first.',
  'error.ownerOnly': 'Only an owner of the company can do this.',
  'error.team.self': 'You cannot change your own entry here: use your personal settings.',
  'error.team.lastOwner': 'The company must keep at least one active owner.',
  'error.team.alreadyMember': 'This person already has access to this company.',
  'error.team.noAccountantAccount':
    'No accountant account uses this email address. Ask your accountant to create a free accountant account first.',
  'error.team.externalRole': 'An external user’s access cannot be changed, only removed.',
  'error.team.notInvited': 'This user has already chosen a password.',
  'error.invitation.invalid':
    'This invitation link is not valid or has expired. Ask for a new one.',
  'error.invitation.accountExists': 'You already have a Facto account: log in with it.',
  'error.support.only': 'Only Facto support staff can do this.',
  'error.support.accessOff': 'This company has not allowed access by support staff.',
  'error.support.readOnly': 'A support session can only read data.',
  'error.logoTooLarge': 'The logo is larger than {{max}}.',
  'error.logoType': 'The logo must be a PNG, JPEG or SVG image.',
  'error.logoUnsafe': 'This SVG contains scripts or external references and cannot be used.',
  'error.databaseUnavailable':
    'The database cannot be reached right now. Nothing was saved; please try again in a moment.',
  'error.internal': 'Something went wrong on our side. Please try again.',
  'error.unavailable': 'The service is starting or shutting down. Please try again.',
  'validation.url': 'Enter a web address starting with https://.',
  'validation.dateOrder': 'The end date must not be before the start date.',
  'error.notFinalized': 'Finalise the document first: only a finalised document has a UBL file.',
  'error.peppolNotConfigured': 'No PEPPOL access point is set up yet (Settings → PEPPOL).',
  'error.peppolNotReady':
    'The document cannot be sent via PEPPOL yet: fix the problems listed first.',
  'error.peppolNoRecipient':
    'This customer has no PEPPOL address: private customers and customers without an enterprise or VAT number cannot receive via PEPPOL.',
  'error.peppolUnreachable':
    'This customer is not registered on the PEPPOL network. Send the invoice by email instead.',
  'error.peppolAccessPoint': 'The PEPPOL access point did not answer correctly: {{detail}}',
  'error.inbound.malformedXml': 'This file is not well-formed XML.',
  'error.inbound.forbiddenDoctype':
    'This XML declares a DOCTYPE or entities, which e-invoices never do; it is refused for safety.',
  'error.inbound.tooLarge': 'This file is too large to be an e-invoice.',
  'error.inbound.notUbl': 'This file is not a UBL invoice or credit note.',
  'error.inbound.missingField': 'A mandatory field is missing in this e-invoice ({{path}}).',
  'error.inbound.invalidAmount': 'An amount in this e-invoice is not a valid number ({{path}}).',
  'error.inbound.invalidNumber':
    'A quantity or rate in this e-invoice is not a valid number ({{path}}).',
  'error.inbound.invalidDate': 'A date in this e-invoice is not valid ({{path}}).',
  'error.inbound.invalidValue': 'A code in this e-invoice is not valid ({{path}}).',
  'error.inbound.notForUs': 'This e-invoice is addressed to another company, not to yours.',
  'error.inbound.encoding': 'This file is not UTF-8 text.',
  'error.inboxHandled': 'This document has already been accepted or rejected.',
  'error.webhookRefused': 'The notification could not be verified.',
  'error.linkNotFound':
    'This link does not exist or is no longer valid, or the e-mail address is not the one the document was sent to.',
  'error.linkNotFinalized': 'Finalise the document first: only a finalised document can be shared.',
  'error.quoteNotSignable':
    'This quote can no longer be signed: it is already answered, expired or withdrawn.',
  'validation.signature': 'Draw your signature in the box (a PNG image of at most 200 kB).',
  'inbound.warning':
    "The sender's figures do not add up ({{rule}}): expected {{expected}}, found {{found}}.",
  'validation.required': 'This field is required.',
  'validation.invalid': 'This value is not valid.',
  'validation.type': 'This value has the wrong type.',
  'validation.unknownField': 'This field is not accepted.',
  'validation.tooShort': 'Must be at least {{min}} characters.',
  'validation.tooLong': 'Must be at most {{max}} characters.',
  'validation.tooSmall': 'Must be at least {{min}}.',
  'validation.tooBig': 'Must be at most {{max}}.',
  'validation.tooMany': 'At most {{max}} items.',
  'validation.choice': 'Choose one of the proposed values.',
  'validation.email': 'Enter a valid email address.',
  'validation.uuid': 'This identifier is not valid.',
  'validation.country': 'Enter a two-letter country code (BE, NL, FR…).',
  'validation.controlCharacters': 'This text contains characters that are not allowed.',
  'validation.passwordTooShort': 'The password must be at least 10 characters long.',
  // Passwords, two-factor login, sessions.
  'validation.passwordTooWeak':
    'This password is too easy to guess. Make it longer, or use several unrelated words.',
  'validation.wrongPassword': 'This is not your current password.',
  'validation.samePassword': 'Choose a password different from the current one.',
  'sms.phoneCode': 'Facto: {{code}} is your code to confirm this mobile number.',
  'validation.twoFactorCode': 'Enter the 6-digit code shown in your authenticator app.',
  'validation.twoFactorCodeWrong':
    'This code is not valid or was already used. Wait for the next code and try again.',
  'validation.recoveryCode': 'A recovery code has 16 letters and digits, like abcd-efgh-2345-6789.',
  'validation.phone':
    'Enter a mobile number in international format, for example +32 470 12 34 56.',
  'validation.smsCodeWrong': 'This code is not the one we sent.',
  'error.invalidTwoFactorCode': 'This code is not valid or was already used.',
  'error.twoFactorLoginExpired':
    'This login has expired. Enter your email address and password again.',
  'error.twoFactorSetupRequired':
    'Your company requires two-factor login. Set it up in your personal settings to continue.',
  'error.twoFactorAlreadyEnabled': 'Two-factor login is already on.',
  'error.twoFactorNotEnabled': 'Two-factor login is not on.',
  'error.twoFactorSetupExpired': 'Start the set-up again: scan the new QR code.',
  'error.twoFactorSelfFirst':
    'Turn on two-factor login for your own account first (Personal settings).',
  'error.smsNotConfigured': 'Text messages are not set up on this Facto server.',
  'error.phoneVerificationExpired': 'This code has expired. Ask for a new one.',
  'validation.enterpriseNumber':
    'This is not a valid Belgian enterprise number (check digits do not match).',
  'validation.vatNumber': 'This is not a valid VAT number.',
  'validation.vatNumberRequired': 'A VAT-liable company needs a VAT number.',
  'validation.vatMatchesEnterprise':
    'A Belgian VAT number is BE followed by the enterprise number.',
  'validation.iban': 'This IBAN is not valid (check digits do not match).',
  'validation.bic': 'This BIC is not valid (8 or 11 characters).',
  'validation.oneDefaultAccount': 'Only one bank account can be the default.',
  'validation.duplicateIban': 'The same IBAN is listed twice.',
  'validation.ibanTaken': 'Another account of the company already has this IBAN.',
  'validation.sort': 'This sort order is not supported.',
  'validation.peppolId': 'A PEPPOL id looks like 0208:0123456749 (scheme, colon, identifier).',
  'validation.percent': 'Enter a percentage between 0 and 100, with at most 2 decimals.',
  'validation.vatNumberRequiredForRegime': 'This VAT regime requires the customer’s VAT number.',
  'validation.contactRole': 'Choose at least one role: customer, supplier or prospect.',
  'validation.decimal': 'Enter a number with a dot for decimals (at most the allowed decimals).',
  'validation.amountTooLarge': 'This amount is too large.',
  'validation.positive': 'Must be greater than zero.',
  'validation.notNegative': 'This cannot be negative.',
  'validation.ean': 'An EAN barcode has 8, 12, 13 or 14 digits.',
  'validation.ledgerAccount': 'A ledger account has 6 digits.',
  'validation.percentTooLow': 'A price cannot go down by 100 % or more.',
  'validation.selectionRequired': 'Select products or a product group.',
  'error.codeTaken': 'Another product already uses this code.',
  'error.groupInUse': 'This group still contains products.',
  'validation.unknownCustomer': 'This customer does not exist (or was deleted).',
  'validation.unknownDeliveryAddress':
    'This delivery address is not one of this customer’s addresses.',
  'validation.noDeliveryAddress': 'This customer has no delivery address: type one or choose none.',
  'validation.unknownProduct': 'This product does not exist (or was deleted).',
  'validation.unknownProductGroup': 'This product group does not exist (or was deleted).',
  'validation.date': 'Enter a valid date (YYYY-MM-DD).',
  'validation.dueBeforeIssue': 'The due date cannot be before the issue date.',
  'validation.discountExceedsAmount': 'The discount is larger than the amount it reduces.',
  'validation.depositTooLarge': 'The deposit cannot exceed the quote total.',
  'validation.numberFormat': 'A number format needs one counter such as (4) and the year %Y.',
  'validation.startNumberTooLow': 'Numbers up to this one are already used this year.',
  'error.notDraft':
    'Only a draft can be changed or deleted. Correct a finalised invoice with a credit note.',
  'error.invalidState': 'This action is not possible in the document’s current state.',
  'error.editConflict':
    'This draft was changed elsewhere (another tab or a colleague) since you opened it. Reload it to see the latest version; your changes are kept in this browser.',
  'error.emptyDocument': 'Add at least one line with an amount before finalising.',
  'error.negativeTotal': 'An invoice cannot ask for a negative amount: make a credit note instead.',
  'error.zeroTotalNeedsConfirmation': 'This invoice totals zero. Confirm to finalise it anyway.',
  'error.renovationVatNeedsConfirmation':
    'The 6 % renovation rate is for private homes invoiced to the final consumer, and this customer has a VAT number. Confirm that the conditions are met to finalise.',
  'error.customerHasDocuments': 'This customer has documents: archive it instead of deleting it.',
  'error.subscriptionHasInvoices':
    'This subscription has already produced invoices: pause it or give it an end date instead of deleting it.',
  'error.subscriptionEnded':
    'This subscription has no period left to invoice: move its end date to continue it.',
  'error.subscriptionNoEmail':
    'The invoice was made, but the customer has no e-mail address to send it to.',
  'validation.subscriptionNeedsItem': 'Add at least one line with an amount.',
  'validation.sendNeedsFinalize':
    'Automatic sending needs automatic finalisation: only a finalised invoice can be sent.',
  'error.accountInUse': 'This account has payments: it cannot be deleted. Deactivate it instead.',
  'error.overpayment':
    'This payment is more than the open balance ({{open}}). Confirm to record it anyway.',
  'error.possibleDuplicatePayment':
    'A payment with the same date, amount and reference exists already. Confirm to record it anyway.',
  'validation.amountPositive': 'Enter an amount greater than zero.',
  'error.dateBeforeLastNumber':
    'The last numbered document of this journal is dated {{date}}: a new one cannot be dated earlier.',
  'validation.color': 'Enter a colour as #RRGGBB, for example #1F4E79.',
  // Reminders.
  'validation.reminderStepOrder':
    'Each step must come more days after the due date than the one before.',
  'validation.duplicateRate': 'This half-year is listed twice.',
  'error.reminderNotOpen': 'Only a finalised invoice that is not paid yet can be reminded.',
  'error.reminderNoStepLeft':
    'Every step of the reminder sequence was already sent for this invoice.',
  'error.reminderNoEmail':
    'This reminder cannot go by e-mail: the customer has no e-mail address, or e-mail is not set up.',
  'error.reminderNoSteps': 'The reminder sequence has no steps yet (Settings → Reminders).',
  // PEPPOL readiness of a document (src/core/einvoicing validateForPeppol).
  'peppol.noLines': 'Add at least one item line: an e-invoice cannot be empty.',
  'peppol.numberMissing': 'The document has no number yet: finalise it first.',
  'peppol.dateInvalid': 'A date is not valid (YYYY-MM-DD).',
  'peppol.invoicePeriodInvalid': 'The invoicing period ends before it starts.',
  'peppol.currencyInvalid': 'The currency must be a three-letter ISO code such as EUR.',
  'peppol.exchangeRateMissing':
    'An invoice in a foreign currency needs its exchange rate to the euro: Belgian law requires the VAT in euros.',
  'peppol.referenceMissing': 'PEPPOL requires a buyer reference or a purchase order reference.',
  'peppol.invalidAmount': 'A quantity, price, discount or amount is not valid.',
  'peppol.lineDescriptionMissing': 'Every line needs a description.',
  'peppol.unitCodeInvalid': 'The unit is not a valid UN/ECE unit code (for example C62, HUR, MTR).',
  'peppol.sellerNameMissing': 'Your company name is missing (Company settings).',
  'peppol.sellerCountryMissing': 'Your company address has no country.',
  'peppol.sellerAddressIncomplete': 'Your company address needs a postal code and a city.',
  'peppol.sellerIdMissing': 'Your enterprise number or VAT number is missing (Company settings).',
  'peppol.sellerVatMissing':
    'Your VAT number is missing: it is required on invoices with VAT, an exemption or reverse charge.',
  'peppol.sellerEndpointMissing':
    'Your company has no PEPPOL address: enter your enterprise number or VAT number.',
  'peppol.buyerNameMissing': 'The customer’s name is missing.',
  'peppol.buyerCountryMissing': 'The customer’s address has no country.',
  'peppol.buyerAddressIncomplete': 'The customer’s address needs a postal code and a city.',
  'peppol.buyerVatMissing':
    'The customer’s VAT number is required for reverse charge and intra-EU supplies.',
  'peppol.buyerEndpointMissing':
    'The customer has no PEPPOL address: enter their enterprise number, VAT number or PEPPOL ID.',
  'peppol.endpointInvalid':
    'The PEPPOL ID is not valid: write scheme:identifier, for example 0208 followed by the enterprise number.',
  'peppol.enterpriseNumberInvalid':
    'The enterprise number is not valid (10 digits, check digits included).',
  'peppol.vatNumberInvalid':
    'The VAT number is not valid: it starts with the country code, for example BE followed by 10 digits.',
  'peppol.exemptionReasonMissing': 'Exempt lines must state the legal ground of the exemption.',
  'peppol.exemptionCodeInvalid': 'This VAT exemption code does not fit an exempt (E) line.',
  'peppol.outsideScopeMixed':
    'Lines outside the scope of VAT cannot be combined with other VAT categories on one e-invoice.',
  'peppol.intraEuBuyerOutsideEu':
    'An intra-EU supply goes to a customer in another EU member state; for a customer outside the EU, use export.',
  'peppol.intraEuBuyerDomestic': 'An intra-EU supply cannot go to a customer in your own country.',
  'peppol.intraEuDeliveryDateMissing':
    'An intra-EU supply needs the delivery date (or an invoicing period).',
  'peppol.intraEuDeliveryCountryMissing':
    'An intra-EU supply needs the delivery address with its country.',
  'peppol.exportToEu': 'An export leaves the EU; for a customer in the EU, use intra-EU supply.',
  'peppol.ibanMissing': 'Add your bank account (IBAN) so the customer can pay (Company settings).',
  'peppol.structuredCommunicationInvalid': 'The structured communication is not valid.',
  'peppol.dueDateMissing': 'Enter a due date or payment terms.',
  // E-mail (settings, texts with tags, sending documents) and the forgotten password.
  'validation.unknownTag':
    'This text contains a tag Facto does not know: use the tags from the list.',
  'validation.hostname': 'Enter a server name such as smtp.example.be.',
  'error.emailNotFinalized':
    'Finalise the document before sending it by e-mail, or choose “Finalise and send”.',
  'error.emailUblNotAvailable': 'Only invoices and credit notes have a UBL file to attach.',
  'error.emailAttachmentType': 'Attachments must be PDF files.',
  'error.emailAttachmentTooLarge': 'The file is larger than {{max}}.',
  'error.emailAttachmentsFull': 'At most {{max}} automatic attachments per language.',
  'error.emailPreviewNoDocument':
    'There is no document of this type yet: create one to see the preview.',
  'error.emailNotRetryable': 'Only an e-mail that could not be sent can be sent again.',
  'error.resetTokenInvalid':
    'This link is not valid: it has expired or was used already. Ask for a new one.',
} as const;

export type MessageKey = keyof typeof en;
