import type { MessageKey } from './en.js';

export const fr: Record<MessageKey, string> = {
  'error.validation': 'Certains champs ne sont pas valides.',
  'error.badRequest': 'La requête est incompréhensible.',
  'error.invalidJson': "Le corps de la requête n'est pas du JSON valide.",
  'error.invalidUtf8': "Le corps de la requête n'est pas du texte UTF-8 valide.",
  'error.bodyTooLarge': 'La requête est trop volumineuse.',
  'error.unsupportedMediaType': "Ce type de contenu n'est pas accepté.",
  'error.multipartInvalid':
    "Le fichier envoyé n'a pas pu être lu (formulaire incomplet ou mal formé). Choisissez à nouveau le fichier.",
  'error.multipartOneFile': 'Envoyez un seul fichier, dans le champ « file ».',
  'error.invalidUrl': "L'adresse contient des caractères illisibles.",
  'error.unauthenticated': 'Veuillez vous connecter.',
  'error.sessionExpired': 'Votre session a expiré. Veuillez vous reconnecter.',
  'error.forbidden': "Vous n'avez pas accès à cette ressource.",
  'error.moduleForbidden': "Votre compte ne vous donne pas accès à cette partie de l'entreprise.",
  'error.appDisabled':
    "Cette app est désactivée pour l'entreprise. Un propriétaire peut l'activer dans Paramètres → Apps.",
  'error.notFound': 'Introuvable.',
  'error.conflict': 'Ceci entre en conflit avec des données existantes.',
  'error.csrf': 'Le jeton de sécurité est absent ou invalide. Rechargez la page et réessayez.',
  'error.invalidCredentials': "L'adresse e-mail ou le mot de passe est incorrect.",
  'error.tooManyAttempts': 'Trop de tentatives. Réessayez dans {{minutes}} minutes.',
  'error.emailTaken': 'Un compte existe déjà avec cette adresse e-mail.',
  'error.notMember': "Vous n'êtes pas membre de cette organisation.",
  'error.logoTooLarge': 'Le logo dépasse {{max}}.',
  'error.noOrganization': 'Ouvrez d’abord une de vos entreprises.',
  'error.ownerOnly': 'Seul un propriétaire de l’entreprise peut faire ceci.',
  'error.team.self':
    'Vous ne pouvez pas modifier votre propre fiche ici : passez par vos paramètres personnels.',
  'error.team.lastOwner': 'L’entreprise doit garder au moins un propriétaire actif.',
  'error.team.alreadyMember': 'Cette personne a déjà accès à cette entreprise.',
  'error.team.noAccountantAccount':
    'Aucun compte comptable n’utilise cette adresse e-mail. Demandez d’abord à votre comptable de créer un compte comptable gratuit.',
  'error.team.externalRole':
    'L’accès d’un utilisateur externe ne peut pas être modifié, seulement retiré.',
  'error.team.notInvited': 'Cet utilisateur a déjà choisi un mot de passe.',
  'error.invitation.invalid':
    'Ce lien d’invitation n’est pas valide ou a expiré. Demandez-en un nouveau.',
  'error.invitation.accountExists':
    'Vous avez déjà un compte Facto : connectez-vous avec celui-ci.',
  'error.support.only': 'Seule l’équipe de support de Facto peut faire ceci.',
  'error.support.accessOff': 'Cette entreprise n’a pas autorisé l’accès de l’équipe de support.',
  'error.support.readOnly': 'Une session de support permet seulement de consulter les données.',
  'error.logoType': 'Le logo doit être une image PNG, JPEG ou SVG.',
  'error.logoUnsafe':
    'Ce SVG contient des scripts ou des références externes et ne peut pas être utilisé.',
  'error.databaseUnavailable':
    'La base de données est momentanément injoignable. Rien n’a été enregistré ; veuillez réessayer dans un instant.',
  'error.internal': 'Une erreur est survenue de notre côté. Veuillez réessayer.',
  'error.unavailable': 'Le service démarre ou s’arrête. Veuillez réessayer.',
  'validation.url': 'Indiquez une adresse web commençant par https://.',
  'validation.dateOrder': 'La date de fin ne peut pas précéder la date de début.',
  'error.notFinalized':
    "Finalisez d'abord le document : seul un document finalisé a un fichier UBL.",
  'error.peppolNotConfigured':
    "Aucun point d'accès PEPPOL n'est encore configuré (Paramètres → PEPPOL).",
  'error.peppolNotReady':
    "Le document ne peut pas encore être envoyé via PEPPOL : corrigez d'abord les problèmes indiqués.",
  'error.peppolNoRecipient':
    "Ce client n'a pas d'adresse PEPPOL : les particuliers et les clients sans numéro d'entreprise ni de TVA ne peuvent pas recevoir via PEPPOL.",
  'error.peppolUnreachable':
    "Ce client n'est pas inscrit sur le réseau PEPPOL. Envoyez plutôt la facture par e-mail.",
  'error.peppolAccessPoint': "Le point d'accès PEPPOL n'a pas répondu correctement : {{detail}}",
  'error.inbound.malformedXml': "Ce fichier n'est pas un XML bien formé.",
  'error.inbound.forbiddenDoctype':
    'Ce XML déclare un DOCTYPE ou des entités, ce que les factures électroniques ne font jamais ; il est refusé par sécurité.',
  'error.inbound.tooLarge': 'Ce fichier est trop volumineux pour être une facture électronique.',
  'error.inbound.notUbl': "Ce fichier n'est pas une facture ou une note de crédit UBL.",
  'error.inbound.missingField':
    'Un champ obligatoire manque dans cette facture électronique ({{path}}).',
  'error.inbound.invalidAmount':
    "Un montant de cette facture électronique n'est pas un nombre valide ({{path}}).",
  'error.inbound.invalidNumber':
    "Une quantité ou un taux de cette facture électronique n'est pas un nombre valide ({{path}}).",
  'error.inbound.invalidDate':
    "Une date de cette facture électronique n'est pas valide ({{path}}).",
  'error.inbound.invalidValue':
    "Un code de cette facture électronique n'est pas valide ({{path}}).",
  'error.inbound.notForUs':
    'Cette facture électronique est adressée à une autre entreprise que la vôtre.',
  'error.inbound.encoding': "Ce fichier n'est pas un texte UTF-8.",
  'error.inboxHandled': 'Ce document a déjà été accepté ou refusé.',
  'error.webhookRefused': "La notification n'a pas pu être vérifiée.",
  'error.linkNotFound':
    'Ce lien n’existe pas ou n’est plus valable, ou l’adresse e-mail n’est pas celle à laquelle le document a été envoyé.',
  'error.linkNotFinalized':
    'Finalisez d’abord le document : seul un document finalisé peut être partagé.',
  'error.quoteNotSignable':
    'Ce devis ne peut plus être signé : il a déjà reçu une réponse, il a expiré ou il a été retiré.',
  'validation.signature':
    'Dessinez votre signature dans le cadre (une image PNG de 200 ko au maximum).',
  'inbound.warning':
    "Les montants de l'expéditeur ne concordent pas ({{rule}}) : attendu {{expected}}, trouvé {{found}}.",
  'validation.required': 'Ce champ est obligatoire.',
  'validation.invalid': "Cette valeur n'est pas valide.",
  'validation.type': "Cette valeur n'a pas le bon type.",
  'validation.unknownField': "Ce champ n'est pas accepté.",
  'validation.tooShort': 'Au moins {{min}} caractères.',
  'validation.tooLong': 'Au plus {{max}} caractères.',
  'validation.tooSmall': 'Doit être au moins {{min}}.',
  'validation.tooBig': 'Doit être au plus {{max}}.',
  'validation.tooMany': 'Au plus {{max}} éléments.',
  'validation.choice': "Choisissez l'une des valeurs proposées.",
  'validation.email': 'Saisissez une adresse e-mail valide.',
  'validation.uuid': "Cet identifiant n'est pas valide.",
  'validation.country': 'Saisissez un code pays à deux lettres (BE, NL, FR…).',
  'validation.controlCharacters': 'Ce texte contient des caractères non autorisés.',
  'validation.passwordTooShort': 'Le mot de passe doit contenir au moins 10 caractères.',
  // Mots de passe, connexion en deux étapes, sessions.
  'validation.passwordTooWeak':
    'Ce mot de passe est trop facile à deviner. Allongez-le ou combinez plusieurs mots sans rapport entre eux.',
  'validation.wrongPassword': "Ce n'est pas votre mot de passe actuel.",
  'validation.samePassword': "Choisissez un mot de passe différent de l'actuel.",
  'sms.phoneCode': 'Facto : {{code}} est votre code pour confirmer ce numéro de mobile.',
  'validation.twoFactorCode':
    "Saisissez le code à 6 chiffres affiché dans votre application d'authentification.",
  'validation.twoFactorCodeWrong':
    'Ce code est incorrect ou a déjà été utilisé. Attendez le code suivant et réessayez.',
  'validation.recoveryCode':
    'Un code de secours compte 16 lettres et chiffres, par exemple abcd-efgh-2345-6789.',
  'validation.phone':
    'Saisissez un numéro de mobile au format international, par exemple +32 470 12 34 56.',
  'validation.smsCodeWrong': "Ce code n'est pas celui que nous avons envoyé.",
  'error.invalidTwoFactorCode': 'Ce code est incorrect ou a déjà été utilisé.',
  'error.twoFactorLoginExpired':
    'Cette connexion a expiré. Saisissez à nouveau votre adresse e-mail et votre mot de passe.',
  'error.twoFactorSetupRequired':
    'Votre entreprise exige la connexion en deux étapes. Activez-la dans vos paramètres personnels pour continuer.',
  'error.twoFactorAlreadyEnabled': 'La connexion en deux étapes est déjà activée.',
  'error.twoFactorNotEnabled': "La connexion en deux étapes n'est pas activée.",
  'error.twoFactorSetupExpired': 'Recommencez la configuration : scannez le nouveau code QR.',
  'error.twoFactorSelfFirst':
    "Activez d'abord la connexion en deux étapes pour votre propre compte (Paramètres personnels).",
  'error.smsNotConfigured': "L'envoi de SMS n'est pas configuré sur ce serveur Facto.",
  'error.phoneVerificationExpired': 'Ce code a expiré. Demandez-en un nouveau.',
  'validation.enterpriseNumber':
    "Ce numéro d'entreprise belge n'est pas valide (les chiffres de contrôle ne correspondent pas).",
  'validation.vatNumber': "Ce numéro de TVA n'est pas valide.",
  'validation.vatNumberRequired': 'Une entreprise assujettie à la TVA doit avoir un numéro de TVA.',
  'validation.vatMatchesEnterprise': "Un numéro de TVA belge est BE suivi du numéro d'entreprise.",
  'validation.iban': "Cet IBAN n'est pas valide (les chiffres de contrôle ne correspondent pas).",
  'validation.bic': "Ce BIC n'est pas valide (8 ou 11 caractères).",
  'validation.oneDefaultAccount': 'Un seul compte bancaire peut être le compte par défaut.',
  'validation.duplicateIban': 'Le même IBAN figure deux fois.',
  'validation.ibanTaken': 'Un autre compte de l’entreprise a déjà cet IBAN.',
  'validation.sort': "Cet ordre de tri n'est pas pris en charge.",
  'validation.peppolId':
    'Un identifiant PEPPOL ressemble à 0208:0123456749 (schéma, deux-points, identifiant).',
  'validation.percent': 'Saisissez un pourcentage entre 0 et 100, avec au plus 2 décimales.',
  'validation.vatNumberRequiredForRegime': 'Ce régime de TVA exige le numéro de TVA du client.',
  'validation.contactRole': 'Choisissez au moins un rôle : client, fournisseur ou prospect.',
  'validation.decimal':
    'Saisissez un nombre avec un point pour les décimales (dans la limite autorisée).',
  'validation.amountTooLarge': 'Ce montant est trop élevé.',
  'validation.positive': 'Doit être supérieur à zéro.',
  'validation.notNegative': 'Cette valeur ne peut pas être négative.',
  'validation.ean': 'Un code-barres EAN compte 8, 12, 13 ou 14 chiffres.',
  'validation.ledgerAccount': 'Un compte général compte 6 chiffres.',
  'validation.percentTooLow': 'Un prix ne peut pas baisser de 100 % ou plus.',
  'validation.selectionRequired': 'Sélectionnez des produits ou un groupe de produits.',
  'error.codeTaken': 'Un autre produit utilise déjà ce code.',
  'error.groupInUse': 'Ce groupe contient encore des produits.',
  'validation.unknownCustomer': "Ce client n'existe pas (ou a été supprimé).",
  'validation.unknownDeliveryAddress':
    'Cette adresse de livraison n’est pas une adresse de ce client.',
  'validation.noDeliveryAddress':
    'Ce client n’a pas d’adresse de livraison : saisissez-en une ou choisissez aucune.',
  'validation.unknownProduct': "Ce produit n'existe pas (ou a été supprimé).",
  'validation.unknownProductGroup': "Ce groupe de produits n'existe pas (ou a été supprimé).",
  'validation.date': 'Saisissez une date valide (AAAA-MM-JJ).',
  'validation.dueBeforeIssue': "L'échéance ne peut pas précéder la date du document.",
  'validation.discountExceedsAmount': 'La remise dépasse le montant qu’elle réduit.',
  'validation.depositTooLarge': "L'acompte ne peut pas dépasser le total du devis.",
  'validation.numberFormat':
    'Un format de numéro doit contenir un compteur comme (4) et l’année %Y.',
  'validation.startNumberTooLow': 'Les numéros jusqu’à celui-ci sont déjà utilisés cette année.',
  'error.notDraft':
    'Seul un brouillon peut être modifié ou supprimé. Corrigez une facture finalisée par une note de crédit.',
  'error.invalidState': "Cette action n'est pas possible dans l'état actuel du document.",
  'error.editConflict':
    "Ce brouillon a été modifié ailleurs (un autre onglet ou un collègue) depuis que vous l'avez ouvert. Rechargez-le pour voir la dernière version ; vos modifications restent gardées dans ce navigateur.",
  'error.emptyDocument': 'Ajoutez au moins une ligne avec un montant avant de finaliser.',
  'error.negativeTotal':
    'Une facture ne peut pas réclamer un montant négatif : faites plutôt une note de crédit.',
  'error.zeroTotalNeedsConfirmation':
    'Cette facture a un total nul. Confirmez pour la finaliser quand même.',
  'error.renovationVatNeedsConfirmation':
    'Le taux de 6 % pour la rénovation vise les habitations privées facturées au consommateur final, et ce client a un numéro de TVA. Confirmez que les conditions sont remplies pour finaliser.',
  'error.customerHasDocuments':
    'Ce client a des documents : archivez-le plutôt que de le supprimer.',
  'error.subscriptionHasInvoices':
    'Cet abonnement a déjà produit des factures : mettez-le en pause ou donnez-lui une date de fin plutôt que de le supprimer.',
  'error.subscriptionEnded':
    'Cet abonnement n’a plus de période à facturer : reportez sa date de fin pour le poursuivre.',
  'error.subscriptionNoEmail':
    'La facture a été créée, mais le client n’a pas d’adresse e-mail à laquelle l’envoyer.',
  'validation.subscriptionNeedsItem': 'Ajoutez au moins une ligne avec un montant.',
  'validation.sendNeedsFinalize':
    'L’envoi automatique exige la finalisation automatique : seule une facture finalisée peut être envoyée.',
  'error.accountInUse':
    'Des paiements sont enregistrés sur ce compte : il ne peut pas être supprimé. Désactivez-le plutôt.',
  'error.overpayment':
    'Ce paiement dépasse le solde ouvert ({{open}}). Confirmez pour l’enregistrer quand même.',
  'error.possibleDuplicatePayment':
    'Un paiement de même date, montant et référence existe déjà. Confirmez pour l’enregistrer quand même.',
  'validation.amountPositive': 'Saisissez un montant supérieur à zéro.',
  'error.dateBeforeLastNumber':
    'Le dernier document numéroté de ce journal est daté du {{date}} : un nouveau ne peut pas être antérieur.',
  'validation.color': 'Saisissez une couleur au format #RRGGBB, par exemple #1F4E79.',
  // Reminders.
  'validation.reminderStepOrder':
    'Chaque étape doit venir plus de jours après l’échéance que la précédente.',
  'validation.duplicateRate': 'Ce semestre figure deux fois dans la liste.',
  'error.reminderNotOpen':
    'Seule une facture finalisée et pas encore payée peut faire l’objet d’un rappel.',
  'error.reminderNoStepLeft':
    'Toutes les étapes de la séquence de rappel ont déjà été envoyées pour cette facture.',
  'error.reminderNoEmail':
    'Ce rappel ne peut pas partir par e-mail : le client n’a pas d’adresse e-mail, ou l’e-mail n’est pas configuré.',
  'error.reminderNoSteps': 'La séquence de rappel n’a encore aucune étape (Paramètres → Rappels).',
  // PEPPOL readiness of a document (src/core/einvoicing validateForPeppol).
  'peppol.noLines':
    'Ajoutez au moins une ligne d’article : une facture électronique ne peut pas être vide.',
  'peppol.numberMissing': 'Le document n’a pas encore de numéro : finalisez-le d’abord.',
  'peppol.dateInvalid': 'Une date n’est pas valide (AAAA-MM-JJ).',
  'peppol.invoicePeriodInvalid': 'La période de facturation se termine avant de commencer.',
  'peppol.currencyInvalid': 'La devise doit être un code ISO de trois lettres, comme EUR.',
  'peppol.exchangeRateMissing':
    'Une facture en devise étrangère doit indiquer son taux de change en euros : la loi belge impose de mentionner la TVA en euros.',
  'peppol.referenceMissing':
    'PEPPOL exige une référence de l’acheteur ou une référence de bon de commande.',
  'peppol.invalidAmount': 'Une quantité, un prix, une remise ou un montant n’est pas valide.',
  'peppol.lineDescriptionMissing': 'Chaque ligne doit avoir une description.',
  'peppol.unitCodeInvalid':
    'L’unité n’est pas un code d’unité UN/ECE valide (par exemple C62, HUR, MTR).',
  'peppol.sellerNameMissing': 'Le nom de votre entreprise manque (Paramètres de l’entreprise).',
  'peppol.sellerCountryMissing': 'L’adresse de votre entreprise ne comporte pas de pays.',
  'peppol.sellerAddressIncomplete':
    'L’adresse de votre entreprise doit comporter un code postal et une localité.',
  'peppol.sellerIdMissing':
    'Votre numéro d’entreprise ou de TVA manque (Paramètres de l’entreprise).',
  'peppol.sellerVatMissing':
    'Votre numéro de TVA manque : il est obligatoire sur les factures avec TVA, exonération ou autoliquidation.',
  'peppol.sellerEndpointMissing':
    'Votre entreprise n’a pas d’adresse PEPPOL : indiquez votre numéro d’entreprise ou de TVA.',
  'peppol.buyerNameMissing': 'Le nom du client manque.',
  'peppol.buyerCountryMissing': 'L’adresse du client ne comporte pas de pays.',
  'peppol.buyerAddressIncomplete':
    'L’adresse du client doit comporter un code postal et une localité.',
  'peppol.buyerVatMissing':
    'Le numéro de TVA du client est obligatoire en cas d’autoliquidation et de livraison intracommunautaire.',
  'peppol.buyerEndpointMissing':
    'Le client n’a pas d’adresse PEPPOL : indiquez son numéro d’entreprise, son numéro de TVA ou son identifiant PEPPOL.',
  'peppol.endpointInvalid':
    'L’identifiant PEPPOL n’est pas valide : écrivez schéma:identifiant, par exemple 0208 suivi du numéro d’entreprise.',
  'peppol.enterpriseNumberInvalid':
    'Le numéro d’entreprise n’est pas valide (10 chiffres, chiffres de contrôle compris).',
  'peppol.vatNumberInvalid':
    'Le numéro de TVA n’est pas valide : il commence par le code du pays, par exemple BE suivi de 10 chiffres.',
  'peppol.exemptionReasonMissing':
    'Les lignes exonérées doivent mentionner la base légale de l’exonération.',
  'peppol.exemptionCodeInvalid':
    'Ce code d’exonération de TVA ne convient pas à une ligne exonérée (E).',
  'peppol.outsideScopeMixed':
    'Des lignes hors du champ d’application de la TVA ne peuvent pas être combinées avec d’autres catégories de TVA sur une même facture électronique.',
  'peppol.intraEuBuyerOutsideEu':
    'Une livraison intracommunautaire est destinée à un client d’un autre État membre de l’UE ; pour un client hors UE, choisissez l’exportation.',
  'peppol.intraEuBuyerDomestic':
    'Une livraison intracommunautaire ne peut pas être destinée à un client établi dans votre propre pays.',
  'peppol.intraEuDeliveryDateMissing':
    'Une livraison intracommunautaire exige la date de livraison (ou une période de facturation).',
  'peppol.intraEuDeliveryCountryMissing':
    'Une livraison intracommunautaire exige l’adresse de livraison avec son pays.',
  'peppol.exportToEu':
    'Une exportation sort de l’UE ; pour un client établi dans l’UE, choisissez la livraison intracommunautaire.',
  'peppol.ibanMissing':
    'Ajoutez votre compte bancaire (IBAN) pour que le client puisse payer (Paramètres de l’entreprise).',
  'peppol.structuredCommunicationInvalid': 'La communication structurée n’est pas valide.',
  'peppol.dueDateMissing': 'Indiquez une date d’échéance ou des conditions de paiement.',
  // E-mail (paramètres, textes avec balises, envoi des documents) et mot de passe oublié.
  'validation.unknownTag':
    'Ce texte contient une balise que Facto ne connaît pas : utilisez les balises de la liste.',
  'validation.hostname': 'Indiquez un nom de serveur, par exemple smtp.exemple.be.',
  'error.emailNotFinalized':
    'Finalisez le document avant de l’envoyer par e-mail, ou choisissez « Finaliser et envoyer ».',
  'error.emailUblNotAvailable':
    'Seules les factures et les notes de crédit ont un fichier UBL à joindre.',
  'error.emailAttachmentType': 'Les pièces jointes doivent être des fichiers PDF.',
  'error.emailAttachmentTooLarge': 'Le fichier dépasse {{max}}.',
  'error.emailAttachmentsFull': 'Au maximum {{max}} pièces jointes automatiques par langue.',
  'error.emailPreviewNoDocument':
    'Il n’y a encore aucun document de ce type : créez-en un pour voir l’aperçu.',
  'error.emailNotRetryable': 'Seul un e-mail qui n’a pas pu être envoyé peut être renvoyé.',
  'error.resetTokenInvalid':
    'Ce lien n’est pas valide : il a expiré ou a déjà été utilisé. Demandez-en un nouveau.',
};
