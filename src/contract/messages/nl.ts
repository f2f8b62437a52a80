import type { MessageKey } from './en.js';

export const nl: Record<MessageKey, string> = {
  'error.validation': 'Sommige velden zijn niet geldig.',
  'error.badRequest': 'Het verzoek is onbegrijpelijk.',
  'error.invalidJson': 'De inhoud van het verzoek is geen geldige JSON.',
  'error.invalidUtf8': 'De inhoud van het verzoek is geen geldige UTF-8-tekst.',
  'error.bodyTooLarge': 'Het verzoek is te groot.',
  'error.unsupportedMediaType': 'Dit inhoudstype wordt niet aanvaard.',
  'error.multipartInvalid':
    'Het verzonden bestand kon niet worden gelezen (onvolledig of misvormd formulier). Kiest u het bestand opnieuw.',
  'error.multipartOneFile': 'Verstuurt u precies één bestand, in het veld ‘file’.',
  'error.invalidUrl': 'Het adres bevat tekens die niet gelezen kunnen worden.',
  'error.unauthenticated': 'Meld u aan.',
  'error.sessionExpired': 'Uw sessie is verlopen. Meld u opnieuw aan.',
  'error.forbidden': 'U hebt hier geen toegang toe.',
  'error.moduleForbidden': 'Uw account geeft u geen toegang tot dit deel van het bedrijf.',
  'error.appDisabled':
    'Deze app is uitgeschakeld voor het bedrijf. Een eigenaar kan ze inschakelen via Instellingen → Apps.',
  'error.notFound': 'Niet gevonden.',
  'error.conflict': 'Dit botst met bestaande gegevens.',
  'error.csrf':
    'Het beveiligingstoken ontbreekt of is ongeldig. Herlaad de pagina en probeer opnieuw.',
  'error.invalidCredentials': 'Het e-mailadres of wachtwoord is onjuist.',
  'error.tooManyAttempts': 'Te veel pogingen. Probeer opnieuw over {{minutes}} minuten.',
  'error.emailTaken': 'Er bestaat al een account met dit e-mailadres.',
  'error.notMember': 'U bent geen lid van deze organisatie.',
  'error.noOrganization': 'Open eerst een van uw ondernemingen.',
  'error.ownerOnly': 'Alleen een eigenaar van de onderneming kan dit doen.',
  'error.team.self':
    'U kunt uw eigen gegevens hier niet wijzigen: gebruik uw persoonlijke instellingen.',
  'error.team.lastOwner': 'De onderneming moet minstens één actieve eigenaar houden.',
  'error.team.alreadyMember': 'Deze persoon heeft al toegang tot deze onderneming.',
  'error.team.noAccountantAccount':
    'Geen enkele boekhoudersaccount gebruikt dit e-mailadres. Vraag uw boekhouder eerst een gratis boekhoudersaccount aan te maken.',
  'error.team.externalRole':
    'De toegang van een externe gebruiker kan niet gewijzigd worden, alleen ingetrokken.',
  'error.team.notInvited': 'Deze gebruiker heeft al een wachtwoord gekozen.',
  'error.invitation.invalid':
    'Deze uitnodigingslink is niet geldig of verlopen. Vraag een nieuwe aan.',
  'error.invitation.accountExists': 'U hebt al een Facto-account: meld u daarmee aan.',
  'error.support.only': 'Alleen het supportteam van Facto kan dit doen.',
  'error.support.accessOff': 'Deze onderneming heeft het supportteam geen toegang gegeven.',
  'error.support.readOnly': 'In een supportsessie kunt u gegevens alleen bekijken.',
  'error.logoTooLarge': 'Het logo is groter dan {{max}}.',
  'error.logoType': 'Het logo moet een PNG-, JPEG- of SVG-afbeelding zijn.',
  'error.logoUnsafe': 'Deze SVG bevat scripts of externe verwijzingen en kan niet gebruikt worden.',
  'error.databaseUnavailable':
    'De database is momenteel niet bereikbaar. Er werd niets opgeslagen; probeer het over enkele ogenblikken opnieuw.',
  'error.internal': 'Er ging iets mis aan onze kant. Probeer het opnieuw.',
  'error.unavailable': 'De dienst start op of sluit af. Probeer het opnieuw.',
  'validation.url': 'Geef een webadres dat begint met https://.',
  'validation.dateOrder': 'De einddatum mag niet vóór de begindatum liggen.',
  'error.notFinalized':
    'Finaliseer eerst het document: alleen een gefinaliseerd document heeft een UBL-bestand.',
  'error.peppolNotConfigured':
    'Er is nog geen PEPPOL-toegangspunt ingesteld (Instellingen → PEPPOL).',
  'error.peppolNotReady':
    'Het document kan nog niet via PEPPOL worden verstuurd: los eerst de vermelde problemen op.',
  'error.peppolNoRecipient':
    'Deze klant heeft geen PEPPOL-adres: particulieren en klanten zonder ondernemings- of btw-nummer kunnen niet via PEPPOL ontvangen.',
  'error.peppolUnreachable':
    'Deze klant is niet ingeschreven op het PEPPOL-netwerk. Verstuur de factuur liever per e-mail.',
  'error.peppolAccessPoint': 'Het PEPPOL-toegangspunt antwoordde niet correct: {{detail}}',
  'error.inbound.malformedXml': 'Dit bestand is geen goedgevormde XML.',
  'error.inbound.forbiddenDoctype':
    'Deze XML declareert een DOCTYPE of entiteiten, wat e-facturen nooit doen; ze wordt uit veiligheid geweigerd.',
  'error.inbound.tooLarge': 'Dit bestand is te groot voor een e-factuur.',
  'error.inbound.notUbl': 'Dit bestand is geen UBL-factuur of -creditnota.',
  'error.inbound.missingField': 'Er ontbreekt een verplicht veld in deze e-factuur ({{path}}).',
  'error.inbound.invalidAmount': 'Een bedrag in deze e-factuur is geen geldig getal ({{path}}).',
  'error.inbound.invalidNumber':
    'Een hoeveelheid of tarief in deze e-factuur is geen geldig getal ({{path}}).',
  'error.inbound.invalidDate': 'Een datum in deze e-factuur is niet geldig ({{path}}).',
  'error.inbound.invalidValue': 'Een code in deze e-factuur is niet geldig ({{path}}).',
  'error.inbound.notForUs': 'Deze e-factuur is aan een ander bedrijf gericht, niet aan uw bedrijf.',
  'error.inbound.encoding': 'Dit bestand is geen UTF-8-tekst.',
  'error.inboxHandled': 'Dit document werd al aanvaard of geweigerd.',
  'error.webhookRefused': 'De melding kon niet worden geverifieerd.',
  'error.linkNotFound':
    'Deze link bestaat niet of is niet meer geldig, of het e-mailadres is niet het adres waarnaar het document werd verstuurd.',
  'error.linkNotFinalized':
    'Finaliseer het document eerst: alleen een gefinaliseerd document kan gedeeld worden.',
  'error.quoteNotSignable':
    'Deze offerte kan niet meer ondertekend worden: ze werd al beantwoord, is vervallen of werd ingetrokken.',
  'validation.signature':
    'Teken uw handtekening in het kader (een PNG-afbeelding van maximaal 200 kB).',
  'inbound.warning':
    'De bedragen van de afzender kloppen niet ({{rule}}): verwacht {{expected}}, gevonden {{found}}.',
  'validation.required': 'Dit veld is verplicht.',
  'validation.invalid': 'Deze waarde is niet geldig.',
  'validation.type': 'Deze waarde heeft het verkeerde type.',
  'validation.unknownField': 'Dit veld wordt niet aanvaard.',
  'validation.tooShort': 'Minstens {{min}} tekens.',
  'validation.tooLong': 'Hoogstens {{max}} tekens.',
  'validation.tooSmall': 'Moet minstens {{min}} zijn.',
  'validation.tooBig': 'Mag hoogstens {{max}} zijn.',
  'validation.tooMany': 'Hoogstens {{max}} items.',
  'validation.choice': 'Kies een van de voorgestelde waarden.',
  'validation.email': 'Geef een geldig e-mailadres in.',
  'validation.uuid': 'Deze identificatie is niet geldig.',
  'validation.country': 'Geef een landcode van twee letters in (BE, NL, FR…).',
  'validation.controlCharacters': 'Deze tekst bevat niet-toegelaten tekens.',
  'validation.passwordTooShort': 'Het wachtwoord moet minstens 10 tekens lang zijn.',
  // Wachtwoorden, aanmelden in twee stappen, sessies.
  'validation.passwordTooWeak':
    'Dit wachtwoord is te makkelijk te raden. Maak het langer of combineer enkele woorden die niets met elkaar te maken hebben.',
  'validation.wrongPassword': 'Dit is niet uw huidige wachtwoord.',
  'validation.samePassword': 'Kies een ander wachtwoord dan het huidige.',
  'sms.phoneCode': 'Facto: {{code}} is uw code om dit gsm-nummer te bevestigen.',
  'validation.twoFactorCode': 'Vul de code van 6 cijfers uit uw authenticator-app in.',
  'validation.twoFactorCodeWrong':
    'Deze code is ongeldig of werd al gebruikt. Wacht op de volgende code en probeer opnieuw.',
  'validation.recoveryCode':
    'Een herstelcode telt 16 letters en cijfers, bijvoorbeeld abcd-efgh-2345-6789.',
  'validation.phone':
    'Vul een gsm-nummer in internationaal formaat in, bijvoorbeeld +32 470 12 34 56.',
  'validation.smsCodeWrong': 'Dit is niet de code die we stuurden.',
  'error.invalidTwoFactorCode': 'Deze code is ongeldig of werd al gebruikt.',
  'error.twoFactorLoginExpired':
    'Deze aanmelding is verlopen. Vul uw e-mailadres en wachtwoord opnieuw in.',
  'error.twoFactorSetupRequired':
    'Uw bedrijf vereist aanmelden in twee stappen. Stel het in bij uw persoonlijke instellingen om verder te gaan.',
  'error.twoFactorAlreadyEnabled': 'Aanmelden in twee stappen staat al aan.',
  'error.twoFactorNotEnabled': 'Aanmelden in twee stappen staat niet aan.',
  'error.twoFactorSetupExpired': 'Begin opnieuw met instellen: scan de nieuwe QR-code.',
  'error.twoFactorSelfFirst':
    'Zet eerst aanmelden in twee stappen aan voor uw eigen account (Persoonlijke instellingen).',
  'error.smsNotConfigured': 'Sms-berichten zijn niet ingesteld op deze Facto-server.',
  'error.phoneVerificationExpired': 'Deze code is verlopen. Vraag een nieuwe aan.',
  'validation.enterpriseNumber':
    'Dit is geen geldig Belgisch ondernemingsnummer (de controlecijfers kloppen niet).',
  'validation.vatNumber': 'Dit is geen geldig btw-nummer.',
  'validation.vatNumberRequired': 'Een btw-plichtige onderneming heeft een btw-nummer nodig.',
  'validation.vatMatchesEnterprise':
    'Een Belgisch btw-nummer is BE gevolgd door het ondernemingsnummer.',
  'validation.iban': 'Dit IBAN is niet geldig (de controlecijfers kloppen niet).',
  'validation.bic': 'Deze BIC is niet geldig (8 of 11 tekens).',
  'validation.oneDefaultAccount': 'Slechts één bankrekening kan de standaardrekening zijn.',
  'validation.duplicateIban': 'Hetzelfde IBAN staat er twee keer.',
  'validation.ibanTaken': 'Een andere rekening van het bedrijf heeft dit IBAN al.',
  'validation.sort': 'Deze sorteervolgorde wordt niet ondersteund.',
  'validation.peppolId':
    'Een PEPPOL-id ziet eruit als 0208:0123456749 (schema, dubbelpunt, identificatie).',
  'validation.percent': 'Geef een percentage tussen 0 en 100 in, met hoogstens 2 decimalen.',
  'validation.vatNumberRequiredForRegime': 'Deze btw-regeling vereist het btw-nummer van de klant.',
  'validation.contactRole': 'Kies minstens één rol: klant, leverancier of prospect.',
  'validation.decimal':
    'Geef een getal in met een punt voor de decimalen (binnen het toegelaten aantal).',
  'validation.amountTooLarge': 'Dit bedrag is te groot.',
  'validation.positive': 'Moet groter zijn dan nul.',
  'validation.notNegative': 'Deze waarde mag niet negatief zijn.',
  'validation.ean': 'Een EAN-barcode heeft 8, 12, 13 of 14 cijfers.',
  'validation.ledgerAccount': 'Een grootboekrekening heeft 6 cijfers.',
  'validation.percentTooLow': 'Een prijs kan niet met 100 % of meer dalen.',
  'validation.selectionRequired': 'Selecteer producten of een productgroep.',
  'error.codeTaken': 'Een ander product gebruikt deze code al.',
  'error.groupInUse': 'Deze groep bevat nog producten.',
  'validation.unknownCustomer': 'Deze klant bestaat niet (of werd verwijderd).',
  'validation.unknownDeliveryAddress': 'Dit leveringsadres is geen adres van deze klant.',
  'validation.noDeliveryAddress': 'Deze klant heeft geen leveringsadres: typ er een of kies geen.',
  'validation.unknownProduct': 'Dit product bestaat niet (of werd verwijderd).',
  'validation.unknownProductGroup': 'Deze productgroep bestaat niet (of werd verwijderd).',
  'validation.date': 'Geef een geldige datum in (JJJJ-MM-DD).',
  'validation.dueBeforeIssue': 'De vervaldatum kan niet vóór de documentdatum liggen.',
  'validation.discountExceedsAmount': 'De korting is groter dan het bedrag waarop ze slaat.',
  'validation.depositTooLarge': 'Het voorschot mag niet groter zijn dan het totaal van de offerte.',
  'validation.numberFormat': 'Een nummerformaat heeft een teller zoals (4) en het jaar %Y nodig.',
  'validation.startNumberTooLow': 'De nummers tot en met dit nummer zijn dit jaar al gebruikt.',
  'error.notDraft':
    'Alleen een ontwerp kan gewijzigd of verwijderd worden. Corrigeer een definitieve factuur met een creditnota.',
  'error.invalidState': 'Deze actie kan niet in de huidige status van het document.',
  'error.editConflict':
    'Dit ontwerp werd elders gewijzigd (een ander tabblad of een collega) sinds u het opende. Laad het opnieuw om de laatste versie te zien; uw wijzigingen blijven bewaard in deze browser.',
  'error.emptyDocument': 'Voeg minstens één lijn met een bedrag toe voor u afwerkt.',
  'error.negativeTotal':
    'Een factuur kan geen negatief bedrag vragen: maak in de plaats een creditnota.',
  'error.zeroTotalNeedsConfirmation':
    'Deze factuur heeft een totaal van nul. Bevestigt u om ze toch af te werken.',
  'error.renovationVatNeedsConfirmation':
    'Het tarief van 6 % voor renovatie geldt voor privéwoningen gefactureerd aan de eindverbruiker, en deze klant heeft een btw-nummer. Bevestigt u dat aan de voorwaarden voldaan is om af te werken.',
  'error.customerHasDocuments':
    'Deze klant heeft documenten: archiveer hem in plaats van hem te verwijderen.',
  'error.subscriptionHasInvoices':
    'Dit abonnement heeft al facturen opgeleverd: pauzeer het of geef het een einddatum in plaats van het te verwijderen.',
  'error.subscriptionEnded':
    'Dit abonnement heeft geen periode meer om te factureren: verschuif de einddatum om het voort te zetten.',
  'error.subscriptionNoEmail':
    'De factuur is gemaakt, maar de klant heeft geen e-mailadres om ze naar te sturen.',
  'validation.subscriptionNeedsItem': 'Voeg minstens één lijn met een bedrag toe.',
  'validation.sendNeedsFinalize':
    'Automatisch verzenden kan alleen als de factuur ook automatisch definitief wordt: alleen een definitieve factuur kan verzonden worden.',
  'error.accountInUse':
    'Op deze rekening zijn betalingen geboekt: u kunt ze niet verwijderen. Deactiveer ze in de plaats.',
  'error.overpayment':
    'Deze betaling is meer dan het openstaande saldo ({{open}}). Bevestig om ze toch te registreren.',
  'error.possibleDuplicatePayment':
    'Er bestaat al een betaling met dezelfde datum, hetzelfde bedrag en dezelfde referentie. Bevestig om ze toch te registreren.',
  'validation.amountPositive': 'Geef een bedrag groter dan nul in.',
  'error.dateBeforeLastNumber':
    'Het laatst genummerde document van dit dagboek is gedateerd op {{date}}: een nieuw document kan niet vroeger gedateerd zijn.',
  'validation.color': 'Geef een kleur in als #RRGGBB, bijvoorbeeld #1F4E79.',
  // Reminders.
  'validation.reminderStepOrder': 'Elke stap moet meer dagen na de vervaldag komen dan de vorige.',
  'validation.duplicateRate': 'Dit semester staat twee keer in de lijst.',
  'error.reminderNotOpen':
    'Alleen voor een gefinaliseerde factuur die nog niet betaald is, kan een herinnering vertrekken.',
  'error.reminderNoStepLeft':
    'Alle stappen van de herinneringsreeks zijn voor deze factuur al verstuurd.',
  'error.reminderNoEmail':
    'Deze herinnering kan niet per e-mail vertrekken: de klant heeft geen e-mailadres, of e-mail is niet ingesteld.',
  'error.reminderNoSteps':
    'De herinneringsreeks heeft nog geen stappen (Instellingen → Herinneringen).',
  // PEPPOL readiness of a document (src/core/einvoicing validateForPeppol).
  'peppol.noLines': 'Voeg minstens één artikellijn toe: een e-factuur kan niet leeg zijn.',
  'peppol.numberMissing': 'Het document heeft nog geen nummer: werk het eerst af.',
  'peppol.dateInvalid': 'Een datum is niet geldig (JJJJ-MM-DD).',
  'peppol.invoicePeriodInvalid': 'De factuurperiode eindigt voor ze begint.',
  'peppol.currencyInvalid': 'De munt moet een ISO-code van drie letters zijn, zoals EUR.',
  'peppol.exchangeRateMissing':
    'Een factuur in vreemde munt heeft een wisselkoers naar de euro nodig: de Belgische wet vereist de btw in euro.',
  'peppol.referenceMissing':
    'PEPPOL vereist een referentie van de koper of een bestelbonreferentie.',
  'peppol.invalidAmount': 'Een hoeveelheid, prijs, korting of bedrag is niet geldig.',
  'peppol.lineDescriptionMissing': 'Elke lijn heeft een omschrijving nodig.',
  'peppol.unitCodeInvalid':
    'De eenheid is geen geldige UN/ECE-eenheidscode (bijvoorbeeld C62, HUR, MTR).',
  'peppol.sellerNameMissing':
    'De naam van uw onderneming ontbreekt (Instellingen van de onderneming).',
  'peppol.sellerCountryMissing': 'Het adres van uw onderneming heeft geen land.',
  'peppol.sellerAddressIncomplete':
    'Het adres van uw onderneming heeft een postcode en een gemeente nodig.',
  'peppol.sellerIdMissing':
    'Uw ondernemings- of btw-nummer ontbreekt (Instellingen van de onderneming).',
  'peppol.sellerVatMissing':
    'Uw btw-nummer ontbreekt: het is verplicht op facturen met btw, een vrijstelling of verlegging van heffing.',
  'peppol.sellerEndpointMissing':
    'Uw onderneming heeft geen PEPPOL-adres: vul uw ondernemings- of btw-nummer in.',
  'peppol.buyerNameMissing': 'De naam van de klant ontbreekt.',
  'peppol.buyerCountryMissing': 'Het adres van de klant heeft geen land.',
  'peppol.buyerAddressIncomplete':
    'Het adres van de klant heeft een postcode en een gemeente nodig.',
  'peppol.buyerVatMissing':
    'Het btw-nummer van de klant is verplicht bij verlegging van heffing en intracommunautaire leveringen.',
  'peppol.buyerEndpointMissing':
    'De klant heeft geen PEPPOL-adres: vul zijn ondernemingsnummer, btw-nummer of PEPPOL-ID in.',
  'peppol.endpointInvalid':
    'De PEPPOL-ID is niet geldig: schrijf schema:identificatie, bijvoorbeeld 0208 gevolgd door het ondernemingsnummer.',
  'peppol.enterpriseNumberInvalid':
    'Het ondernemingsnummer is niet geldig (10 cijfers, controlecijfers inbegrepen).',
  'peppol.vatNumberInvalid':
    'Het btw-nummer is niet geldig: het begint met de landcode, bijvoorbeeld BE gevolgd door 10 cijfers.',
  'peppol.exemptionReasonMissing':
    'Vrijgestelde lijnen moeten de wettelijke grond van de vrijstelling vermelden.',
  'peppol.exemptionCodeInvalid':
    'Deze btw-vrijstellingscode past niet bij een vrijgestelde lijn (E).',
  'peppol.outsideScopeMixed':
    'Lijnen buiten het toepassingsgebied van de btw kunnen niet samen met andere btw-categorieën op één e-factuur staan.',
  'peppol.intraEuBuyerOutsideEu':
    'Een intracommunautaire levering is bestemd voor een klant in een andere EU-lidstaat; kies uitvoer voor een klant buiten de EU.',
  'peppol.intraEuBuyerDomestic':
    'Een intracommunautaire levering kan niet bestemd zijn voor een klant in uw eigen land.',
  'peppol.intraEuDeliveryDateMissing':
    'Een intracommunautaire levering vereist de leveringsdatum (of een factuurperiode).',
  'peppol.intraEuDeliveryCountryMissing':
    'Een intracommunautaire levering vereist het leveringsadres met het land.',
  'peppol.exportToEu':
    'Uitvoer verlaat de EU; kies intracommunautaire levering voor een klant in de EU.',
  'peppol.ibanMissing':
    'Voeg uw bankrekening (IBAN) toe zodat de klant kan betalen (Instellingen van de onderneming).',
  'peppol.structuredCommunicationInvalid': 'De gestructureerde mededeling is niet geldig.',
  'peppol.dueDateMissing': 'Geef een vervaldatum of betalingsvoorwaarden op.',
  // E-mail (instellingen, teksten met tags, documenten versturen) en wachtwoord vergeten.
  'validation.unknownTag':
    'Deze tekst bevat een tag die Facto niet kent: gebruik de tags uit de lijst.',
  'validation.hostname': 'Geef een servernaam op, bijvoorbeeld smtp.voorbeeld.be.',
  'error.emailNotFinalized':
    'Rond het document af voor u het per e-mail verstuurt, of kies “Afronden en versturen”.',
  'error.emailUblNotAvailable':
    'Alleen facturen en creditnota’s hebben een UBL-bestand om mee te sturen.',
  'error.emailAttachmentType': 'Bijlagen moeten pdf-bestanden zijn.',
  'error.emailAttachmentTooLarge': 'Het bestand is groter dan {{max}}.',
  'error.emailAttachmentsFull': 'Hoogstens {{max}} automatische bijlagen per taal.',
  'error.emailPreviewNoDocument':
    'Er is nog geen document van dit type: maak er een om het voorbeeld te zien.',
  'error.emailNotRetryable':
    'Alleen een e-mail die niet verstuurd kon worden, kan opnieuw vertrekken.',
  'error.resetTokenInvalid':
    'Deze link is niet geldig: hij is verlopen of al gebruikt. Vraag een nieuwe aan.',
};
