import type { PiiKind } from '../../schemas/redact-options.js'
import { addressDetector } from './address.js'
import { birthdateDetector } from './birthdate.js'
import { cardDetector } from './card.js'
import type { Detector } from './detection.js'
import { emailDetector } from './email.js'
import { ibanDetector } from './iban.js'
import { ipDetector } from './ip.js'
import { labelledNumberDetector } from './labelled-number.js'
import { nameDetector } from './name.js'
import { phoneDetector } from './phone.js'

/** The built-in detector of each kind. */
export const BUILTIN_DETECTORS: Readonly<Record<PiiKind, Detector>> = {
  iban: ibanDetector,
  'customer-id': labelledNumberDetector,
  card: cardDetector,
  email: emailDetector,
  ip: ipDetector,
  birthdate: birthdateDetector,
  phone: phoneDetector,
  address: addressDetector,
  name: nameDetector,
}
