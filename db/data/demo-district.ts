/**
 * The demo district: deterministic data that `db/seed.ts` inserts.
 *
 * Sources: `db/data/actors-source.csv` (public organisations and networks around Osnabrück)
 * and `db/data/municipalities.csv` (AGS of the 34 Gemeinden of Landkreis Osnabrück; the
 * Stadt Osnabrück is kreisfrei, so organisations there have `municipality: null`).
 *
 * - Organisations only, never real people. Contact data are invented role mailboxes under
 *   `*.example.org` and placeholder phone numbers ending in zeros.
 * - `website` is set only where actors-source.csv names an https page on the organisation's
 *   own site; it is copied verbatim from the CSV.
 * - Entries marked `// illustrative` are plausible but generic demo entries without a
 *   verified source (or a source row marked "unverified").
 * - Accessibility features, languages and network membership dates are demo values;
 *   a real directory must have each organisation confirm them.
 * - Users are invented people; their passwords are for local demos only.
 */
import type {
  EVENT_STATUSES,
  EventKind,
  EventVisibility,
  Locale,
  NETWORK_MEMBERSHIP_ROLES,
  NetworkScope,
  ORGANISATION_MEMBER_ROLES,
  ORGANISATION_STATUSES,
  OrganisationKind,
  OrganisationTradition,
  Role,
} from '../schema'

type NetworkMembershipRole = (typeof NETWORK_MEMBERSHIP_ROLES)[number]
type OrganisationMemberRole = (typeof ORGANISATION_MEMBER_ROLES)[number]
type AccessibilityFeature = 'step-free' | 'hearing-loop' | 'prayer-room' | 'quiet-room' | 'accessible-toilet' | 'parking'

export type DemoNetwork = {
  slug: string
  name: string
  scope: NetworkScope
  description: string
  districtRole: string
}

export type DemoOrganisation = {
  slug: string
  name: string
  kind: OrganisationKind
  tradition: OrganisationTradition | null
  /** AGS from municipalities.csv, e.g. '03459001'; null for Stadt Osnabrück or outside the district. */
  municipality: string | null
  street: string | null
  postalCode: string | null
  city: string
  /** Only https URLs from actors-source.csv's source column that belong to the organisation's own site. */
  website: string | null
  /** Languages of worship or work as BCP-47 codes. */
  languages: string[]
  accessibility: AccessibilityFeature[]
  accessibilityNotes: string | null
  /** A role, never a person's name. */
  contactName: string | null
  contactEmail: string | null
  contactPhone: string | null
  /** German, 1–3 sentences. */
  description: string
  trusted: boolean
  status: Extract<(typeof ORGANISATION_STATUSES)[number], 'active' | 'pending'>
  networks: { slug: string; role: NetworkMembershipRole; since: string /* YYYY-MM-DD */ }[]
}

export type DemoUser = {
  key: string
  email: string
  name: string
  role: Role
  locale: Locale
  password: string
  organisations: { slug: string; role: OrganisationMemberRole }[]
  /** Network slugs. */
  coordinates: string[]
}

export type DemoEvent = {
  key: string
  title: string
  description: string
  kind: EventKind
  /** Organisation slug. */
  organisation: string
  /** Network slug. */
  network: string | null
  visibility: EventVisibility
  status: Extract<(typeof EVENT_STATUSES)[number], 'draft' | 'submitted' | 'published'>
  daysFromSeed: number
  /** HH:MM, local time Europe/Berlin. */
  startTime: string
  durationMinutes: number
  allDay?: boolean
  venueName: string | null
  venueAddress: string | null
  municipality: string | null
  onlineUrl: string | null
  languages: string[]
  capacity: number | null
  contact: string | null
}

// ---------------------------------------------------------------------------------------------
// Networks
// ---------------------------------------------------------------------------------------------

export const demoNetworks: DemoNetwork[] = [
  {
    slug: 'runder-tisch-der-religionen',
    name: 'Runder Tisch der Religionen Osnabrück',
    scope: 'regional',
    description:
      'Der Runde Tisch der Religionen ist ein interreligiöses Gremium der Friedensstadt Osnabrück, in dem jüdische, christliche, muslimische und Bahá’í-Gemeinden zusammenkommen. Er wird vom Büro für Friedenskultur der Stadt Osnabrück begleitet und besteht seit mehr als zehn Jahren.',
    districtRole: 'Mitglied; Ansprechstelle für Gemeinden aus dem Landkreis',
  },
  {
    slug: 'religions-for-peace-osnabrueck',
    name: 'Religions for Peace Osnabrück',
    scope: 'regional',
    description:
      'Die Osnabrücker Ortsgruppe von Religions for Peace verbindet Angehörige verschiedener Religionen – unter anderem Bahá’í, Musliminnen und Muslime, Christinnen und Christen sowie Buddhistinnen und Buddhisten. Gemeinsam setzen sie sich für Frieden und gegenseitiges Verständnis ein.',
    districtRole: 'Kooperationspartner',
  },
  {
    slug: 'arbeitskreis-interreligioeser-dialog',
    name: 'Arbeitskreis interreligiöser Dialog im Landkreis Osnabrück',
    scope: 'regional',
    description:
      'Der Arbeitskreis bringt Religionsgemeinschaften, Bildungshäuser, Wohlfahrtsverbände und Kommunen aus den Gemeinden des Landkreises Osnabrück zum Austausch zusammen. Er plant gemeinsame Veranstaltungen und stimmt Termine mit Blick auf die Feiertage der Religionen ab.',
    districtRole: 'Koordination und Geschäftsführung',
  },
  {
    slug: 'religionsgemeinschaften-muenster-osnabrueck',
    name: 'Treffen der Religionsgemeinschaften Münster–Osnabrück',
    scope: 'supra-regional',
    description:
      'Religionsgemeinschaften aus den beiden Friedensstädten Münster und Osnabrück treffen sich zum Austausch über Friedensarbeit und das Zusammenleben der Religionen. Das Treffen verbindet die interreligiösen Netzwerke über die Landesgrenze zwischen Niedersachsen und Nordrhein-Westfalen hinweg.',
    districtRole: 'Teilnahme für den Landkreis',
  },
  {
    slug: 'landestreffen-integrationsbeauftragte',
    name: 'Landesweites Treffen der kommunalen Integrationsbeauftragten',
    scope: 'supra-regional',
    description:
      'Auf Einladung der Niedersächsischen Landesbeauftragten für Migration und Teilhabe treffen sich kommunale Integrationsbeauftragte und Koordinierungsstellen Migration und Teilhabe aus ganz Niedersachsen. Im Mittelpunkt stehen Erfahrungsaustausch und landesweite Fragen der Integrationspolitik.',
    districtRole: 'Teilnahme für den Landkreis',
  },
]

// ---------------------------------------------------------------------------------------------
// Organisations
// ---------------------------------------------------------------------------------------------

export const demoOrganisations: DemoOrganisation[] = [
  // --- Public bodies ---------------------------------------------------------------------------
  {
    slug: 'landkreis-osnabrueck-integrationsbeauftragter',
    name: 'Landkreis Osnabrück – Integrationsbeauftragter',
    kind: 'public-body',
    tradition: null,
    municipality: null,
    street: 'Am Schölerberg 1',
    postalCode: '49082',
    city: 'Osnabrück',
    website: 'https://landkreis-osnabrueck.de/fachthemen/migration-und-integration/beratung-und-hilfen/willkommensbehoerde-0',
    languages: ['de', 'en'],
    accessibility: ['step-free', 'accessible-toilet', 'parking'],
    accessibilityNotes: 'Kreishaus; Besprechungsräume mit Aufzug erreichbar.',
    contactName: 'Büro des Integrationsbeauftragten',
    contactEmail: 'integration@landkreis-os.example.org',
    contactPhone: '+49 541 0000000',
    description:
      'Der Integrationsbeauftragte vertritt den Landkreis Osnabrück in Netzwerken für Integration und interreligiösen Dialog. Er ist Teil von KommMit, dem Team für eine aktive Integrationspolitik im Kreishaus.',
    trusted: true,
    status: 'active',
    networks: [
      { slug: 'arbeitskreis-interreligioeser-dialog', role: 'coordinating', since: '2019-03-01' },
      { slug: 'runder-tisch-der-religionen', role: 'member', since: '2018-09-01' },
      { slug: 'religions-for-peace-osnabrueck', role: 'member', since: '2020-01-15' },
      { slug: 'religionsgemeinschaften-muenster-osnabrueck', role: 'member', since: '2022-05-01' },
      { slug: 'landestreffen-integrationsbeauftragte', role: 'member', since: '2017-06-01' },
    ],
  },
  {
    slug: 'migrationszentrum-landkreis-osnabrueck',
    name: 'Migrationszentrum des Landkreises Osnabrück',
    kind: 'public-body',
    tradition: null,
    municipality: null,
    street: null,
    postalCode: null,
    city: 'Osnabrück',
    website: 'https://landkreis-osnabrueck.de/fachthemen/migration-und-integration/beratung-und-hilfen/willkommensbehoerde-0',
    languages: ['de', 'en'],
    accessibility: ['step-free', 'accessible-toilet'],
    accessibilityNotes: null,
    contactName: 'Beratungsteam',
    contactEmail: 'migrationszentrum@landkreis-os.example.org',
    contactPhone: '+49 541 0000000',
    description:
      'Beratungsstelle des Landkreises Osnabrück rund um Migration und Integration. Das Migrationszentrum gehört zum Verbund KommMit.',
    trusted: true,
    status: 'active',
    networks: [
      { slug: 'arbeitskreis-interreligioeser-dialog', role: 'member', since: '2019-03-01' },
      { slug: 'landestreffen-integrationsbeauftragte', role: 'member', since: '2018-06-01' },
    ],
  },
  {
    slug: 'stadt-osnabrueck-buero-fuer-friedenskultur',
    name: 'Stadt Osnabrück – Büro für Friedenskultur',
    kind: 'public-body',
    tradition: null,
    municipality: null,
    street: null,
    postalCode: null,
    city: 'Osnabrück',
    website: 'https://friedensstadt.osnabrueck.de/de/friedenlebenjetzt/dialog/runder-tisch-der-religionen',
    languages: ['de'],
    accessibility: ['step-free'],
    accessibilityNotes: null,
    contactName: 'Büro für Friedenskultur',
    contactEmail: 'friedenskultur@stadt-os.example.org',
    contactPhone: '+49 541 0000000',
    description:
      'Das Büro für Friedenskultur der Friedensstadt Osnabrück begleitet den Runden Tisch der Religionen. Die Stadt Osnabrück ist kreisfrei und Nachbarkommune des Landkreises.',
    trusted: true,
    status: 'active',
    networks: [
      { slug: 'runder-tisch-der-religionen', role: 'coordinating', since: '2013-01-01' },
      { slug: 'religionsgemeinschaften-muenster-osnabrueck', role: 'member', since: '2021-09-01' },
    ],
  },
  {
    slug: 'stadt-osnabrueck-fachbereich-integration',
    name: 'Stadt Osnabrück – Fachbereich Integration',
    kind: 'public-body',
    tradition: null,
    municipality: null,
    street: null,
    postalCode: null,
    city: 'Osnabrück',
    website: null,
    languages: ['de', 'en'],
    accessibility: [],
    accessibilityNotes: null,
    contactName: 'Team Integration',
    contactEmail: 'integration@stadt-os.example.org',
    contactPhone: null,
    description:
      'Das Team Integration der Stadt Osnabrück mit der städtischen Integrationsbeauftragten. Die kreisfreie Stadt ist Nachbarkommune des Landkreises.',
    trusted: false,
    status: 'active',
    networks: [{ slug: 'landestreffen-integrationsbeauftragte', role: 'member', since: '2017-06-01' }],
  },
  {
    // illustrative
    slug: 'gemeinde-belm-integrationskoordination',
    name: 'Gemeinde Belm – Integrations- und Ehrenamtskoordination',
    kind: 'public-body',
    tradition: null,
    municipality: '03459008',
    street: null,
    postalCode: '49191',
    city: 'Belm',
    website: null,
    languages: ['de'],
    accessibility: ['step-free', 'parking'],
    accessibilityNotes: null,
    contactName: 'Integrationskoordination',
    contactEmail: 'integration@gemeinde-belm.example.org',
    contactPhone: '+49 5406 000000',
    description:
      'Kommunale Koordination für Integration und Ehrenamt in der Gemeinde Belm. Ansprechstelle für Initiativen und Vereine vor Ort.',
    trusted: false,
    status: 'active',
    networks: [{ slug: 'landestreffen-integrationsbeauftragte', role: 'member', since: '2021-02-01' }],
  },
  {
    slug: 'landesbeauftragte-migration-und-teilhabe',
    name: 'Niedersächsische Landesbeauftragte für Migration und Teilhabe',
    kind: 'public-body',
    tradition: null,
    municipality: null,
    street: null,
    postalCode: null,
    city: 'Hannover',
    website: 'https://www.migrationsbeauftragte-niedersachsen.de/?page_id=1026',
    languages: ['de'],
    accessibility: [],
    accessibilityNotes: null,
    contactName: 'Geschäftsstelle in der Staatskanzlei',
    contactEmail: 'geschaeftsstelle@migration-teilhabe-nds.example.org',
    contactPhone: '+49 511 0000000',
    description:
      'Ehrenamtliche Landesbeauftragte für Migration und Teilhabe mit Geschäftsstelle in der Niedersächsischen Staatskanzlei. Sie lädt die kommunalen Integrationsbeauftragten und Koordinierungsstellen zu landesweiten Treffen ein.',
    trusted: true,
    status: 'active',
    networks: [{ slug: 'landestreffen-integrationsbeauftragte', role: 'coordinating', since: '2017-01-01' }],
  },

  // --- Jewish ----------------------------------------------------------------------------------
  {
    slug: 'juedische-gemeinde-osnabrueck',
    name: 'Jüdische Gemeinde Osnabrück',
    kind: 'faith-community',
    tradition: 'jewish',
    municipality: null,
    street: 'In der Barlage 41',
    postalCode: '49078',
    city: 'Osnabrück',
    website: null,
    languages: ['de', 'he', 'ru'],
    accessibility: [],
    accessibilityNotes: 'Besuche von Gruppen bitte vorab über das Gemeindebüro anmelden.',
    contactName: 'Gemeindebüro',
    contactEmail: 'kontakt@juedische-gemeinde-os.example.org',
    contactPhone: '+49 541 0000000',
    description:
      'Die Jüdische Gemeinde Osnabrück hat ihre Synagoge In der Barlage. Sie gehört dem Landesverband der Jüdischen Gemeinden von Niedersachsen an.',
    trusted: true,
    status: 'active',
    networks: [
      { slug: 'runder-tisch-der-religionen', role: 'member', since: '2013-01-01' },
      { slug: 'religionsgemeinschaften-muenster-osnabrueck', role: 'member', since: '2021-09-01' },
      { slug: 'arbeitskreis-interreligioeser-dialog', role: 'member', since: '2019-03-01' },
    ],
  },

  // --- Islamic ---------------------------------------------------------------------------------
  {
    slug: 'ditib-sultan-murad-moschee-bad-essen',
    name: 'DITIB Sultan Murad Moschee Bad Essen',
    kind: 'faith-community',
    tradition: 'islamic',
    municipality: '03459003',
    street: null,
    postalCode: '49152',
    city: 'Bad Essen',
    website: null,
    languages: ['de', 'tr'],
    accessibility: ['prayer-room', 'parking'],
    accessibilityNotes: null,
    contactName: 'Vorstand',
    contactEmail: 'kontakt@ditib-bad-essen.example.org',
    contactPhone: '+49 5472 000000',
    description: 'Moscheegemeinde im Ortsteil Linne der Gemeinde Bad Essen. Sie gehört zum Verband DITIB.',
    trusted: false,
    status: 'active',
    networks: [{ slug: 'arbeitskreis-interreligioeser-dialog', role: 'member', since: '2020-10-01' }],
  },
  {
    slug: 'ditib-gemeinde-osnabrueck',
    name: 'DITIB-Gemeinde Osnabrück',
    kind: 'faith-community',
    tradition: 'islamic',
    municipality: null,
    street: 'Frankenstraße',
    postalCode: null,
    city: 'Osnabrück',
    website: null,
    languages: ['de', 'tr'],
    accessibility: ['prayer-room'],
    accessibilityNotes: null,
    contactName: 'Vorstand',
    contactEmail: 'kontakt@ditib-os.example.org',
    contactPhone: '+49 541 0000000',
    description: 'Moscheegemeinde des Verbands DITIB an der Frankenstraße im Stadtteil Fledder.',
    trusted: false,
    status: 'active',
    networks: [
      { slug: 'runder-tisch-der-religionen', role: 'member', since: '2013-01-01' },
      { slug: 'religionsgemeinschaften-muenster-osnabrueck', role: 'member', since: '2021-09-01' },
    ],
  },
  {
    slug: 'fatih-moschee-osnabrueck',
    name: 'Fatih Moschee Osnabrück',
    kind: 'faith-community',
    tradition: 'islamic',
    municipality: null,
    street: 'Schützenstraße 25-27',
    postalCode: null,
    city: 'Osnabrück',
    website: null,
    languages: ['de', 'tr'],
    accessibility: ['prayer-room'],
    accessibilityNotes: null,
    contactName: 'Vorstand',
    contactEmail: 'kontakt@fatih-moschee-os.example.org',
    contactPhone: null,
    description: 'Moscheegemeinde in der Schützenstraße. Sie gehörte zu den Osnabrücker Moscheen, die gemeinsam am 3. Oktober ihre Türen geöffnet haben.',
    trusted: false,
    status: 'active',
    networks: [],
  },
  {
    slug: 'ibrahim-al-khalil-moschee-osnabrueck',
    name: 'Ibrahim Al-Khalil Moschee Osnabrück',
    kind: 'faith-community',
    tradition: 'islamic',
    municipality: null,
    street: 'Goethering 14',
    postalCode: '49074',
    city: 'Osnabrück',
    website: null,
    languages: ['de', 'ar'],
    accessibility: ['prayer-room'],
    accessibilityNotes: null,
    contactName: 'Vorstand',
    contactEmail: 'kontakt@ibrahim-moschee-os.example.org',
    contactPhone: null,
    description: 'Moscheegemeinde am Goethering. Sie gehörte zu den Osnabrücker Moscheen, die gemeinsam am 3. Oktober ihre Türen geöffnet haben.',
    trusted: false,
    status: 'active',
    networks: [{ slug: 'runder-tisch-der-religionen', role: 'member', since: '2016-02-01' }],
  },
  {
    slug: 'as-salam-moschee-osnabrueck',
    name: 'As-Salam Moschee Osnabrück',
    kind: 'faith-community',
    tradition: 'islamic',
    municipality: null,
    street: 'Belmer Straße 18',
    postalCode: null,
    city: 'Osnabrück',
    website: null,
    languages: ['de', 'ar'],
    accessibility: ['prayer-room'],
    accessibilityNotes: null,
    contactName: 'Vorstand',
    contactEmail: 'kontakt@as-salam-moschee-os.example.org',
    contactPhone: null,
    description: 'Moscheegemeinde in der Belmer Straße. Sie gehörte zu den Osnabrücker Moscheen, die gemeinsam am 3. Oktober ihre Türen geöffnet haben.',
    trusted: false,
    status: 'active',
    networks: [{ slug: 'religions-for-peace-osnabrueck', role: 'member', since: '2019-05-01' }],
  },
  {
    slug: 'merkez-moschee-osnabrueck',
    name: 'Merkez Moschee Osnabrück',
    kind: 'faith-community',
    tradition: 'islamic',
    municipality: null,
    street: 'Iburger Straße 12-14',
    postalCode: null,
    city: 'Osnabrück',
    website: null,
    languages: ['de', 'tr'],
    accessibility: ['prayer-room'],
    accessibilityNotes: null,
    contactName: 'Vorstand',
    contactEmail: 'kontakt@merkez-moschee-os.example.org',
    contactPhone: null,
    description: 'Moscheegemeinde in der Iburger Straße. Sie gehörte zu den Osnabrücker Moscheen, die gemeinsam am 3. Oktober ihre Türen geöffnet haben.',
    trusted: false,
    status: 'active',
    networks: [{ slug: 'runder-tisch-der-religionen', role: 'member', since: '2014-04-01' }],
  },
  {
    slug: 'schura-niedersachsen',
    name: 'Schura Niedersachsen – Landesverband der Muslime in Niedersachsen',
    kind: 'faith-community',
    tradition: 'islamic',
    municipality: null,
    street: null,
    postalCode: null,
    city: 'Hannover',
    website:
      'https://www.schura-niedersachsen.de/aktuelles/artikel-vor-2017/befreiung-vom-schulunterricht-an-islamischen-festtagen/',
    languages: ['de'],
    accessibility: [],
    accessibilityNotes: null,
    contactName: 'Geschäftsstelle',
    contactEmail: 'kontakt@schura-nds.example.org',
    contactPhone: null,
    description:
      'Landesverband muslimischer Gemeinden in Niedersachsen. Ansprechpartner unter anderem zu Fragen islamischer Feiertage im Schulalltag.',
    trusted: false,
    status: 'active',
    networks: [],
  },
  {
    slug: 'ditib-landesverband-niedersachsen-bremen',
    name: 'DITIB Landesverband Niedersachsen und Bremen',
    kind: 'faith-community',
    tradition: 'islamic',
    municipality: null,
    street: null,
    postalCode: null,
    city: 'Hannover',
    website: null,
    languages: ['de', 'tr'],
    accessibility: [],
    accessibilityNotes: null,
    contactName: 'Geschäftsstelle',
    contactEmail: 'kontakt@ditib-nds-hb.example.org',
    contactPhone: null,
    description: 'Landesverband der DITIB-Moscheegemeinden in Niedersachsen und Bremen, darunter Gemeinden in Stadt und Landkreis Osnabrück.',
    trusted: true,
    status: 'active',
    networks: [],
  },
  {
    slug: 'institut-fuer-islamische-theologie-osnabrueck',
    name: 'Institut für Islamische Theologie (IIT), Universität Osnabrück',
    kind: 'education',
    tradition: 'islamic',
    municipality: null,
    street: null,
    postalCode: null,
    city: 'Osnabrück',
    website: null,
    languages: ['de', 'ar', 'tr'],
    accessibility: ['step-free', 'accessible-toilet'],
    accessibilityNotes: null,
    contactName: 'Institutssekretariat',
    contactEmail: 'sekretariat@iit-uni-os.example.org',
    contactPhone: '+49 541 0000000',
    description:
      'Institut der Universität Osnabrück für Forschung und Lehre in Islamischer Theologie und islamischer Religionspädagogik.',
    trusted: false,
    status: 'active',
    networks: [{ slug: 'religionsgemeinschaften-muenster-osnabrueck', role: 'observer', since: '2022-05-01' }],
  },

  // --- Christian (western) ----------------------------------------------------------------------
  {
    slug: 'bistum-osnabrueck',
    name: 'Bistum Osnabrück',
    kind: 'faith-community',
    tradition: 'christian-western',
    municipality: null,
    street: null,
    postalCode: null,
    city: 'Osnabrück',
    website: 'https://bistum-osnabrueck.de/interreligioeser-dialog/',
    languages: ['de'],
    accessibility: [],
    accessibilityNotes: null,
    contactName: 'Referat Interreligiöser Dialog',
    contactEmail: 'dialog@bistum-os.example.org',
    contactPhone: '+49 541 0000000',
    description:
      'Das römisch-katholische Bistum Osnabrück engagiert sich im interreligiösen Dialog, unter anderem mit der Drei-Religionen-Grundschule und der Kita König David.',
    trusted: true,
    status: 'active',
    networks: [
      { slug: 'runder-tisch-der-religionen', role: 'member', since: '2013-01-01' },
      { slug: 'religionsgemeinschaften-muenster-osnabrueck', role: 'member', since: '2021-09-01' },
    ],
  },
  {
    slug: 'ev-luth-kirchenkreis-osnabrueck',
    name: 'Ev.-luth. Kirchenkreis Osnabrück',
    kind: 'faith-community',
    tradition: 'christian-western',
    municipality: null,
    street: null,
    postalCode: null,
    city: 'Osnabrück',
    website: null,
    languages: ['de'],
    accessibility: [],
    accessibilityNotes: null,
    contactName: 'Superintendentur',
    contactEmail: 'kontakt@kirchenkreis-os.example.org',
    contactPhone: '+49 541 0000000',
    description: 'Evangelisch-lutherischer Kirchenkreis im Sprengel Osnabrück der Evangelisch-lutherischen Landeskirche Hannovers.',
    trusted: true,
    status: 'active',
    networks: [
      { slug: 'runder-tisch-der-religionen', role: 'member', since: '2013-01-01' },
      { slug: 'religionsgemeinschaften-muenster-osnabrueck', role: 'member', since: '2021-09-01' },
    ],
  },
  {
    slug: 'ev-luth-kirchenkreis-melle-georgsmarienhuette',
    name: 'Ev.-luth. Kirchenkreis Melle-Georgsmarienhütte',
    kind: 'faith-community',
    tradition: 'christian-western',
    municipality: '03459024',
    street: null,
    postalCode: null,
    city: 'Melle',
    website: null,
    languages: ['de'],
    accessibility: [],
    accessibilityNotes: null,
    contactName: 'Superintendentur',
    contactEmail: 'kontakt@kirchenkreis-melle-gmh.example.org',
    contactPhone: '+49 5422 000000',
    description:
      'Evangelisch-lutherischer Kirchenkreis im Sprengel Osnabrück mit Kirchengemeinden im Süden und Osten des Landkreises, unter anderem in Melle und Georgsmarienhütte.',
    trusted: true,
    status: 'active',
    networks: [{ slug: 'arbeitskreis-interreligioeser-dialog', role: 'member', since: '2019-03-01' }],
  },
  {
    slug: 'ev-luth-kirchenkreis-bramsche',
    name: 'Ev.-luth. Kirchenkreis Bramsche',
    kind: 'faith-community',
    tradition: 'christian-western',
    municipality: '03459014',
    street: null,
    postalCode: '49565',
    city: 'Bramsche',
    website: null,
    languages: ['de'],
    accessibility: [],
    accessibilityNotes: null,
    contactName: 'Superintendentur',
    contactEmail: 'kontakt@kirchenkreis-bramsche.example.org',
    contactPhone: '+49 5461 000000',
    description: 'Evangelisch-lutherischer Kirchenkreis im Sprengel Osnabrück mit Kirchengemeinden im Norden des Landkreises.',
    trusted: true,
    status: 'active',
    networks: [{ slug: 'arbeitskreis-interreligioeser-dialog', role: 'member', since: '2019-03-01' }],
  },
  {
    slug: 'ack-osnabrueck',
    name: 'Arbeitsgemeinschaft Christlicher Kirchen (ACK) Osnabrück',
    kind: 'faith-community',
    tradition: 'christian-western',
    municipality: null,
    street: null,
    postalCode: null,
    city: 'Osnabrück',
    website: 'https://ackos.de/',
    languages: ['de'],
    accessibility: [],
    accessibilityNotes: null,
    contactName: 'Geschäftsführung',
    contactEmail: 'kontakt@ack-os.example.org',
    contactPhone: null,
    description:
      'Ökumenischer Zusammenschluss christlicher Kirchen in Osnabrück, zu dem auch orthodoxe Gemeinden gehören. Die ACK beteiligt sich am Gebet der Religionen.',
    trusted: false,
    status: 'active',
    networks: [{ slug: 'religionsgemeinschaften-muenster-osnabrueck', role: 'member', since: '2022-05-01' }],
  },
  {
    slug: 'evangelische-studierendengemeinde-osnabrueck',
    name: 'Evangelische Studierendengemeinde Osnabrück',
    kind: 'faith-community',
    tradition: 'christian-western',
    municipality: null,
    street: null,
    postalCode: null,
    city: 'Osnabrück',
    website: null,
    languages: ['de', 'en'],
    accessibility: ['step-free'],
    accessibilityNotes: null,
    contactName: 'ESG-Büro',
    contactEmail: 'kontakt@esg-os.example.org',
    contactPhone: null,
    description: 'Evangelische Hochschulgemeinde für Studierende in Osnabrück. Sie wirkt am Gebet der Religionen mit.',
    trusted: false,
    status: 'active',
    networks: [{ slug: 'religions-for-peace-osnabrueck', role: 'member', since: '2020-04-01' }],
  },
  {
    // illustrative
    slug: 'ev-luth-kirchengemeinde-st-petri-melle',
    name: 'Ev.-luth. Kirchengemeinde St. Petri Melle',
    kind: 'faith-community',
    tradition: 'christian-western',
    municipality: '03459024',
    street: null,
    postalCode: '49324',
    city: 'Melle',
    website: null,
    languages: ['de'],
    accessibility: ['step-free', 'hearing-loop'],
    accessibilityNotes: 'Induktive Höranlage im Kirchraum.',
    contactName: 'Gemeindebüro',
    contactEmail: 'gemeindebuero@st-petri-melle.example.org',
    contactPhone: '+49 5422 000000',
    description: 'Evangelisch-lutherische Kirchengemeinde in Melle im Kirchenkreis Melle-Georgsmarienhütte.',
    trusted: false,
    status: 'active',
    networks: [{ slug: 'arbeitskreis-interreligioeser-dialog', role: 'member', since: '2021-01-15' }],
  },
  {
    // illustrative
    slug: 'kath-pfarreiengemeinschaft-bersenbrueck',
    name: 'Kath. Pfarreiengemeinschaft Bersenbrück',
    kind: 'faith-community',
    tradition: 'christian-western',
    municipality: '03459010',
    street: null,
    postalCode: '49593',
    city: 'Bersenbrück',
    website: null,
    languages: ['de', 'pl'],
    accessibility: ['step-free', 'parking'],
    accessibilityNotes: null,
    contactName: 'Pfarrbüro',
    contactEmail: 'pfarrbuero@pg-bersenbrueck.example.org',
    contactPhone: '+49 5439 000000',
    description: 'Katholische Pfarreiengemeinschaft im Bistum Osnabrück mit Gemeinden in der Samtgemeinde Bersenbrück.',
    trusted: false,
    status: 'active',
    networks: [{ slug: 'arbeitskreis-interreligioeser-dialog', role: 'member', since: '2022-02-01' }],
  },
  {
    slug: 'katholische-landvolkhochschule-oesede',
    name: 'Katholische LandvolkHochschule Oesede',
    kind: 'education',
    tradition: 'christian-western',
    municipality: '03459019',
    street: null,
    postalCode: '49124',
    city: 'Georgsmarienhütte',
    website: null,
    languages: ['de'],
    accessibility: ['step-free', 'accessible-toilet', 'parking'],
    accessibilityNotes: null,
    contactName: 'Bildungsreferat',
    contactEmail: 'kontakt@lvhs-oesede.example.org',
    contactPhone: '+49 5401 000000',
    description: 'Katholisches Bildungshaus in Georgsmarienhütte-Oesede, das ein Projekt zum interreligiösen Dialog getragen hat.',
    trusted: false,
    status: 'active',
    networks: [{ slug: 'arbeitskreis-interreligioeser-dialog', role: 'member', since: '2019-03-01' }],
  },
  {
    slug: 'haus-ohrbeck',
    name: 'Haus Ohrbeck',
    kind: 'education',
    tradition: 'christian-western',
    municipality: '03459019',
    street: null,
    postalCode: '49124',
    city: 'Georgsmarienhütte',
    website: null,
    languages: ['de'],
    accessibility: ['step-free', 'accessible-toilet', 'quiet-room', 'parking'],
    accessibilityNotes: null,
    contactName: 'Tagungsbüro',
    contactEmail: 'tagungsbuero@haus-ohrbeck.example.org',
    contactPhone: '+49 5401 000000',
    description: 'Bildungshaus im Bistum Osnabrück, in dem unter anderem die Jüdisch-Christliche Bibelwoche stattfindet.',
    trusted: false,
    status: 'active',
    networks: [{ slug: 'arbeitskreis-interreligioeser-dialog', role: 'member', since: '2019-03-01' }],
  },

  // --- Christian (orthodox) ---------------------------------------------------------------------
  {
    slug: 'serbisch-orthodoxe-kirchengemeinde-hl-georg-osnabrueck',
    name: 'Serbisch-Orthodoxe Kirchengemeinde Hl. Georg Osnabrück',
    kind: 'faith-community',
    tradition: 'christian-orthodox',
    municipality: null,
    street: 'Wersener Straße 85',
    postalCode: null,
    city: 'Osnabrück',
    website: 'https://www.spc-osnabrueck.de/de/geschichte-der-srbisch-orthodoxen-kirchengemeinde-in%20osnabrueck',
    languages: ['sr', 'de'],
    accessibility: [],
    accessibilityNotes: null,
    contactName: 'Kirchenvorstand',
    contactEmail: 'kontakt@spc-hl-georg-os.example.org',
    contactPhone: null,
    description: 'Serbisch-orthodoxe Kirchengemeinde in der Wersener Straße. Sie feiert nach dem julianischen Kalender.',
    trusted: false,
    status: 'active',
    networks: [
      { slug: 'runder-tisch-der-religionen', role: 'member', since: '2017-10-01' },
      { slug: 'religionsgemeinschaften-muenster-osnabrueck', role: 'member', since: '2022-05-01' },
    ],
  },
  {
    slug: 'griechisch-orthodoxe-gemeinde-mutter-gottes-maria-osnabrueck',
    name: 'Griechisch-Orthodoxe Kirchengemeinde von Antiochien „Heilige Mutter Gottes Maria“',
    kind: 'faith-community',
    tradition: 'christian-orthodox',
    municipality: null,
    street: 'Lerchenstraße 131',
    postalCode: null,
    city: 'Osnabrück',
    website: null,
    languages: ['ar', 'de'],
    accessibility: [],
    accessibilityNotes: null,
    contactName: 'Gemeinderat',
    contactEmail: 'kontakt@antiochia-os.example.org',
    contactPhone: null,
    description: 'Arabischsprachige orthodoxe Gemeinde des Patriarchats von Antiochien für Osnabrück und Münster.',
    trusted: false,
    status: 'active',
    networks: [],
  },
  {
    slug: 'rumaenisch-orthodoxe-gemeinde-st-theodosius-osnabrueck',
    name: 'Rumänisch-orthodoxe Gemeinde „St. Theodosius von Brazi“ Osnabrück',
    kind: 'faith-community',
    tradition: 'christian-orthodox',
    municipality: null,
    street: null,
    postalCode: null,
    city: 'Osnabrück',
    website: null,
    languages: ['ro', 'de'],
    accessibility: [],
    accessibilityNotes: null,
    contactName: 'Gemeinderat',
    contactEmail: 'kontakt@ro-orthodox-os.example.org',
    contactPhone: null,
    description: 'Rumänisch-orthodoxe Gemeinde in Osnabrück, benannt nach dem heiligen Theodosius von Brazi.',
    trusted: false,
    status: 'active',
    networks: [{ slug: 'runder-tisch-der-religionen', role: 'member', since: '2019-11-01' }],
  },

  // --- Alevi, Yazidi, Bahá'í, Buddhist, Hindu ---------------------------------------------------
  {
    // illustrative (actors-source.csv: location unverified)
    slug: 'alevitische-gemeinde-region-osnabrueck',
    name: 'Alevitische Gemeinde Region Osnabrück (Cemevi)',
    kind: 'faith-community',
    tradition: 'alevi',
    municipality: '03459019',
    street: null,
    postalCode: '49124',
    city: 'Georgsmarienhütte',
    website: null,
    languages: ['de', 'tr'],
    accessibility: ['step-free', 'parking'],
    accessibilityNotes: null,
    contactName: 'Vorstand',
    contactEmail: 'kontakt@alevi-os.example.org',
    contactPhone: '+49 5401 000000',
    description: 'Alevitische Gemeinde mit Cemevi für Mitglieder aus Stadt und Landkreis Osnabrück.',
    trusted: false,
    status: 'active',
    networks: [
      { slug: 'arbeitskreis-interreligioeser-dialog', role: 'member', since: '2020-06-01' },
      { slug: 'runder-tisch-der-religionen', role: 'member', since: '2022-03-01' },
      { slug: 'religions-for-peace-osnabrueck', role: 'member', since: '2021-05-01' },
    ],
  },
  {
    // illustrative (actors-source.csv: location unverified)
    slug: 'ezidische-gemeinde-region-osnabrueck',
    name: 'Êzîdische Gemeinde Region Osnabrück',
    kind: 'faith-community',
    tradition: 'yazidi',
    municipality: '03459015',
    street: null,
    postalCode: '49201',
    city: 'Dissen am Teutoburger Wald',
    website: null,
    languages: ['ku', 'de'],
    accessibility: [],
    accessibilityNotes: null,
    contactName: 'Vorstand',
    contactEmail: 'kontakt@ezidi-os.example.org',
    contactPhone: null,
    description: 'Êzîdische (jesidische) Gemeinde für Familien aus Stadt und Landkreis Osnabrück.',
    trusted: false,
    status: 'active',
    networks: [{ slug: 'arbeitskreis-interreligioeser-dialog', role: 'member', since: '2022-09-01' }],
  },
  {
    slug: 'bahai-gemeinde-osnabrueck',
    name: 'Bahá’í-Gemeinde Osnabrück',
    kind: 'faith-community',
    tradition: 'bahai',
    municipality: null,
    street: null,
    postalCode: null,
    city: 'Osnabrück',
    website: null,
    languages: ['de', 'fa'],
    accessibility: [],
    accessibilityNotes: null,
    contactName: 'Örtlicher Geistiger Rat',
    contactEmail: 'kontakt@bahai-os.example.org',
    contactPhone: null,
    description: 'Bahá’í-Gemeinde in Osnabrück. Sie wirkt im Runden Tisch der Religionen und bei Religions for Peace mit.',
    trusted: false,
    status: 'active',
    networks: [
      { slug: 'runder-tisch-der-religionen', role: 'member', since: '2013-01-01' },
      { slug: 'religions-for-peace-osnabrueck', role: 'member', since: '2018-01-01' },
      { slug: 'religionsgemeinschaften-muenster-osnabrueck', role: 'member', since: '2022-05-01' },
    ],
  },
  {
    slug: 'buddhistische-gruppen-osnabrueck',
    name: 'Buddhistische Gruppen in Osnabrück',
    kind: 'faith-community',
    tradition: 'buddhist',
    municipality: null,
    street: null,
    postalCode: null,
    city: 'Osnabrück',
    website: null,
    languages: ['de'],
    accessibility: ['quiet-room'],
    accessibilityNotes: null,
    contactName: 'Gemeinsame Kontaktstelle',
    contactEmail: 'kontakt@buddhismus-os.example.org',
    contactPhone: null,
    description: 'Gemeinsamer Eintrag für buddhistische Gruppen in Osnabrück, die bei Religions for Peace mitwirken.',
    trusted: false,
    status: 'active',
    networks: [{ slug: 'religions-for-peace-osnabrueck', role: 'member', since: '2018-01-01' }],
  },
  {
    // illustrative
    slug: 'hindu-gemeinde-tamilischer-kulturverein-osnabrueck',
    name: 'Hindu-Gemeinde / Tamilischer Kulturverein Osnabrück',
    kind: 'faith-community',
    tradition: 'hindu',
    municipality: null,
    street: null,
    postalCode: null,
    city: 'Osnabrück',
    website: null,
    languages: ['ta', 'de'],
    accessibility: [],
    accessibilityNotes: null,
    contactName: 'Vorstand',
    contactEmail: 'kontakt@tamil-hindu-os.example.org',
    contactPhone: null,
    description: 'Hinduistische Gemeinde und tamilischer Kulturverein. Der Verein hat die Aufnahme in das Verzeichnis beantragt.',
    trusted: false,
    status: 'pending',
    networks: [],
  },

  // --- Interreligious -----------------------------------------------------------------------------
  {
    slug: 'gesellschaft-christlich-juedische-zusammenarbeit-osnabrueck',
    name: 'Gesellschaft für Christlich-Jüdische Zusammenarbeit Osnabrück',
    kind: 'initiative',
    tradition: 'interreligious',
    municipality: null,
    street: null,
    postalCode: null,
    city: 'Osnabrück',
    website: null,
    languages: ['de'],
    accessibility: [],
    accessibilityNotes: null,
    contactName: 'Vorstand',
    contactEmail: 'kontakt@gcjz-os.example.org',
    contactPhone: null,
    description: 'Dialoggesellschaft für die Begegnung von Christen und Juden in Osnabrück. Sie beteiligt sich am Gebet der Religionen.',
    trusted: false,
    status: 'active',
    networks: [
      { slug: 'religions-for-peace-osnabrueck', role: 'member', since: '2019-01-01' },
      { slug: 'religionsgemeinschaften-muenster-osnabrueck', role: 'member', since: '2022-05-01' },
    ],
  },
  {
    slug: 'drei-religionen-grundschule-osnabrueck',
    name: 'Drei-Religionen-Grundschule Osnabrück',
    kind: 'education',
    tradition: 'interreligious',
    municipality: null,
    street: null,
    postalCode: null,
    city: 'Osnabrück',
    website: null,
    languages: ['de'],
    accessibility: ['step-free', 'accessible-toilet'],
    accessibilityNotes: null,
    contactName: 'Schulsekretariat',
    contactEmail: 'sekretariat@drei-religionen-schule.example.org',
    contactPhone: '+49 541 0000000',
    description:
      'Grundschule in Trägerschaft der Schulstiftung im Bistum Osnabrück, in der jüdische, christliche und muslimische Kinder gemeinsam lernen.',
    trusted: false,
    status: 'active',
    networks: [],
  },
  {
    slug: 'kita-koenig-david-osnabrueck',
    name: 'Kita König David',
    kind: 'education',
    tradition: 'interreligious',
    municipality: null,
    street: null,
    postalCode: null,
    city: 'Osnabrück',
    website: null,
    languages: ['de'],
    accessibility: ['step-free'],
    accessibilityNotes: null,
    contactName: 'Kita-Leitung',
    contactEmail: 'kontakt@kita-koenig-david.example.org',
    contactPhone: null,
    description: 'Jüdisch-christliche Kindertagesstätte in Osnabrück.',
    trusted: false,
    status: 'active',
    networks: [],
  },

  // --- Welfare, education, initiatives -------------------------------------------------------------
  {
    // illustrative
    slug: 'caritas-landkreis-osnabrueck-migrationsberatung',
    name: 'Caritasverband für den Landkreis Osnabrück – Migrationsberatung',
    kind: 'welfare-association',
    tradition: null,
    municipality: '03459002',
    street: null,
    postalCode: '49577',
    city: 'Ankum',
    website: null,
    languages: ['de', 'ar', 'ru', 'uk'],
    accessibility: ['step-free', 'accessible-toilet'],
    accessibilityNotes: null,
    contactName: 'Migrationsberatung',
    contactEmail: 'migrationsberatung@caritas-lk-os.example.org',
    contactPhone: '+49 5462 000000',
    description: 'Migrationsberatung der Caritas für Erwachsene im nördlichen Landkreis Osnabrück.',
    trusted: false,
    status: 'active',
    networks: [{ slug: 'arbeitskreis-interreligioeser-dialog', role: 'member', since: '2020-02-01' }],
  },
  {
    // illustrative
    slug: 'diakonie-osnabrueck-migrationsberatung',
    name: 'Diakonie Osnabrück Stadt und Land – Migrationsberatung',
    kind: 'welfare-association',
    tradition: null,
    municipality: '03459017',
    street: null,
    postalCode: '49584',
    city: 'Fürstenau',
    website: null,
    languages: ['de', 'en', 'fa', 'ar'],
    accessibility: ['step-free'],
    accessibilityNotes: null,
    contactName: 'Migrationsberatung',
    contactEmail: 'migrationsberatung@diakonie-os.example.org',
    contactPhone: '+49 5901 000000',
    description: 'Beratungsangebot der Diakonie für Zugewanderte in der Samtgemeinde Fürstenau und Umgebung.',
    trusted: false,
    status: 'active',
    networks: [],
  },
  {
    // illustrative
    slug: 'volkshochschule-osnabruecker-land',
    name: 'Volkshochschule Osnabrücker Land',
    kind: 'education',
    tradition: null,
    municipality: '03459019',
    street: null,
    postalCode: '49124',
    city: 'Georgsmarienhütte',
    website: null,
    languages: ['de', 'en'],
    accessibility: ['step-free', 'accessible-toilet', 'hearing-loop'],
    accessibilityNotes: null,
    contactName: 'Fachbereich Integration und Sprache',
    contactEmail: 'integration@vhs-os-land.example.org',
    contactPhone: '+49 5401 000000',
    description: 'Volkshochschule für den Landkreis Osnabrück mit Integrations- und Sprachkursen.',
    trusted: false,
    status: 'active',
    networks: [{ slug: 'arbeitskreis-interreligioeser-dialog', role: 'observer', since: '2021-09-01' }],
  },
  {
    // illustrative
    slug: 'fluechtlingshilfe-bramsche',
    name: 'Flüchtlingshilfe Bramsche e.V.',
    kind: 'initiative',
    tradition: null,
    municipality: '03459014',
    street: null,
    postalCode: '49565',
    city: 'Bramsche',
    website: null,
    languages: ['de', 'en', 'ar'],
    accessibility: [],
    accessibilityNotes: null,
    contactName: 'Vorstand',
    contactEmail: 'kontakt@fluechtlingshilfe-bramsche.example.org',
    contactPhone: null,
    description: 'Ehrenamtliche Initiative, die Geflüchtete in Bramsche im Alltag begleitet.',
    trusted: false,
    status: 'active',
    networks: [],
  },
  {
    // illustrative
    slug: 'internationaler-frauentreff-quakenbrueck',
    name: 'Internationaler Frauentreff Quakenbrück e.V.',
    kind: 'migrant-organisation',
    tradition: null,
    municipality: '03459030',
    street: null,
    postalCode: '49610',
    city: 'Quakenbrück',
    website: null,
    languages: ['de', 'ru', 'ar', 'tr'],
    accessibility: ['step-free'],
    accessibilityNotes: null,
    contactName: 'Vorstand',
    contactEmail: 'kontakt@frauentreff-quakenbrueck.example.org',
    contactPhone: '+49 5431 000000',
    description: 'Offener Treffpunkt für Frauen unterschiedlicher Herkunft in Quakenbrück.',
    trusted: false,
    status: 'active',
    networks: [{ slug: 'arbeitskreis-interreligioeser-dialog', role: 'member', since: '2021-03-08' }],
  },
  {
    // illustrative
    slug: 'interkulturelles-begegnungscafe-wallenhorst',
    name: 'Interkulturelles Begegnungscafé Wallenhorst',
    kind: 'initiative',
    tradition: null,
    municipality: '03459033',
    street: null,
    postalCode: '49134',
    city: 'Wallenhorst',
    website: null,
    languages: ['de', 'uk', 'ar'],
    accessibility: ['step-free', 'accessible-toilet'],
    accessibilityNotes: null,
    contactName: 'Organisationsteam',
    contactEmail: 'kontakt@begegnungscafe-wallenhorst.example.org',
    contactPhone: null,
    description: 'Ehrenamtliches Begegnungscafé für Alteingesessene und Zugewanderte. Die Initiative hat die Aufnahme in das Verzeichnis beantragt.',
    trusted: false,
    status: 'pending',
    networks: [],
  },
]

// ---------------------------------------------------------------------------------------------
// Users (invented people; demo passwords)
// ---------------------------------------------------------------------------------------------

export const demoUsers: DemoUser[] = [
  {
    key: 'admin',
    email: 'buero@dialognetz.example',
    name: 'Büro des Integrationsbeauftragten',
    role: 'admin',
    locale: 'de',
    password: 'Schoelerberg-Buero-2026!',
    organisations: [{ slug: 'landkreis-osnabrueck-integrationsbeauftragter', role: 'editor' }],
    coordinates: [],
  },
  {
    key: 'coordinator',
    email: 'leyla.demir@dialognetz.example',
    name: 'Leyla Demir',
    role: 'member',
    locale: 'de',
    password: 'Runder-Tisch-Koordination-26#',
    organisations: [{ slug: 'landkreis-osnabrueck-integrationsbeauftragter', role: 'member' }],
    coordinates: ['arbeitskreis-interreligioeser-dialog', 'runder-tisch-der-religionen'],
  },
  {
    key: 'editor-trusted',
    email: 'miriam.goldberg@dialognetz.example',
    name: 'Miriam Goldberg',
    role: 'member',
    locale: 'de',
    password: 'Barlage-Redaktion-2026$',
    organisations: [{ slug: 'juedische-gemeinde-osnabrueck', role: 'editor' }],
    coordinates: [],
  },
  {
    key: 'editor',
    email: 'yusuf.aydin@dialognetz.example',
    name: 'Yusuf Aydın',
    role: 'member',
    locale: 'de',
    password: 'Linne-Moschee-Demo-26%',
    organisations: [{ slug: 'ditib-sultan-murad-moschee-bad-essen', role: 'editor' }],
    coordinates: [],
  },
  {
    key: 'editor-en',
    email: 'grace.mensah@dialognetz.example',
    name: 'Grace Mensah',
    role: 'member',
    locale: 'en',
    password: 'Campus-Chaplaincy-2026&',
    organisations: [{ slug: 'evangelische-studierendengemeinde-osnabrueck', role: 'editor' }],
    coordinates: [],
  },
  {
    key: 'member',
    email: 'jonas.albers@dialognetz.example',
    name: 'Jonas Albers',
    role: 'member',
    locale: 'de',
    password: 'Petri-Melle-Gemeinde-26*',
    organisations: [{ slug: 'ev-luth-kirchengemeinde-st-petri-melle', role: 'member' }],
    coordinates: [],
  },
]

// ---------------------------------------------------------------------------------------------
// Events (relative to the seed day)
// ---------------------------------------------------------------------------------------------

export const demoEvents: DemoEvent[] = [
  {
    // the regular sittings are the round series below (demoRoundSeries); this is a working meeting between them
    key: 'runder-tisch-sitzung',
    title: 'Vorbereitungstreffen zum Friedensgebet des Runden Tisches',
    description:
      'Arbeitstreffen der Gemeinden, die beim Friedensgebet der Religionen mitwirken.\n\nThemen: Ablauf und Reihenfolge der Beiträge, Texte und Gesänge, Aufbau auf dem Platz der Deutschen Einheit.',
    kind: 'network-meeting',
    organisation: 'stadt-osnabrueck-buero-fuer-friedenskultur',
    network: 'runder-tisch-der-religionen',
    visibility: 'network',
    status: 'published',
    daysFromSeed: 6,
    startTime: '17:00',
    durationMinutes: 120,
    venueName: 'Rathaus Osnabrück, Sitzungszimmer',
    venueAddress: 'Markt, 49074 Osnabrück',
    municipality: null,
    onlineUrl: null,
    languages: ['de'],
    capacity: null,
    contact: 'friedenskultur@stadt-os.example.org',
  },
  {
    key: 'friedensgebet',
    title: 'Friedensgebet der Religionen',
    description:
      'Religionsgemeinschaften aus Osnabrück bitten gemeinsam um Frieden – mit Texten, Gebeten und Gesängen aus den verschiedenen Traditionen.\n\nAlle Interessierten sind herzlich eingeladen. Weitere Informationen zum Runden Tisch der Religionen: https://friedensstadt.osnabrueck.de/de/friedenlebenjetzt/dialog/runder-tisch-der-religionen',
    kind: 'interreligious-prayer',
    organisation: 'stadt-osnabrueck-buero-fuer-friedenskultur',
    network: 'runder-tisch-der-religionen',
    visibility: 'public',
    status: 'published',
    daysFromSeed: 12,
    startTime: '18:00',
    durationMinutes: 60,
    venueName: 'Platz der Deutschen Einheit',
    venueAddress: 'Platz der Deutschen Einheit, Osnabrück',
    municipality: null,
    onlineUrl: null,
    languages: ['de', 'he', 'ar', 'tr'],
    capacity: null,
    contact: 'friedenskultur@stadt-os.example.org',
  },
  {
    key: 'offener-tisch-abendessen',
    title: 'Offener Tisch: gemeinsames Abendessen mit Nachbarinnen und Nachbarn',
    description:
      'Die Gemeinde lädt zu einem gemeinsamen Abendessen ein – nach dem Vorbild des Fastenbrechens, offen für Menschen aller Religionen und Weltanschauungen.\n\nUm Anmeldung wird gebeten, die Plätze sind begrenzt.',
    kind: 'shared-meal',
    organisation: 'ditib-gemeinde-osnabrueck',
    network: null,
    visibility: 'public',
    status: 'published',
    daysFromSeed: 16,
    startTime: '19:00',
    durationMinutes: 150,
    venueName: 'Gemeinderäume der DITIB-Gemeinde',
    venueAddress: 'Frankenstraße, Osnabrück',
    municipality: null,
    onlineUrl: null,
    languages: ['de', 'tr'],
    capacity: 120,
    contact: 'kontakt@ditib-os.example.org',
  },
  {
    key: 'offene-moschee-bad-essen',
    title: 'Tag der offenen Moschee in Bad Essen',
    description:
      'Die Sultan Murad Moschee öffnet ihre Türen: Führungen durch den Gebetsraum, Gespräche mit dem Vorstand sowie Tee und Gebäck.\n\nGruppen werden um eine kurze Anmeldung gebeten.',
    kind: 'open-house',
    organisation: 'ditib-sultan-murad-moschee-bad-essen',
    network: null,
    visibility: 'public',
    status: 'submitted',
    daysFromSeed: 21,
    startTime: '11:00',
    durationMinutes: 360,
    venueName: 'DITIB Sultan Murad Moschee',
    venueAddress: 'Linne, 49152 Bad Essen',
    municipality: '03459003',
    onlineUrl: null,
    languages: ['de', 'tr'],
    capacity: null,
    contact: 'kontakt@ditib-bad-essen.example.org',
  },
  {
    key: 'vortrag-haus-ohrbeck',
    title: 'Vortrag und Gespräch: Feste und Feiertage der Religionen im Landkreis',
    description:
      'Welche Feste feiern die Religionsgemeinschaften in unserer Region, und was bedeutet das für Schulen, Vereine und Verwaltungen?\n\nEin Abend mit Kurzvorträgen aus jüdischer, christlicher, muslimischer und alevitischer Sicht und anschließendem Gespräch.',
    kind: 'talk',
    organisation: 'haus-ohrbeck',
    network: 'arbeitskreis-interreligioeser-dialog',
    visibility: 'public',
    status: 'published',
    daysFromSeed: 26,
    startTime: '19:30',
    durationMinutes: 90,
    venueName: 'Haus Ohrbeck',
    venueAddress: '49124 Georgsmarienhütte',
    municipality: '03459019',
    onlineUrl: null,
    languages: ['de'],
    capacity: 40,
    contact: 'tagungsbuero@haus-ohrbeck.example.org',
  },
  {
    key: 'offene-synagoge',
    title: 'Offene Synagoge: Führung und Gespräch',
    description:
      'Die Jüdische Gemeinde Osnabrück lädt zu einer Führung durch die Synagoge und zum Gespräch über jüdisches Leben in Osnabrück ein.\n\nBitte einen Lichtbildausweis mitbringen; Anmeldung erforderlich.',
    kind: 'open-house',
    organisation: 'juedische-gemeinde-osnabrueck',
    network: null,
    visibility: 'public',
    status: 'published',
    daysFromSeed: 30,
    startTime: '15:00',
    durationMinutes: 90,
    venueName: 'Synagoge Osnabrück',
    venueAddress: 'In der Barlage 41, 49078 Osnabrück',
    municipality: null,
    onlineUrl: null,
    languages: ['de'],
    capacity: 40,
    contact: 'kontakt@juedische-gemeinde-os.example.org',
  },
  {
    key: 'landestreffen',
    title: 'Landestreffen der kommunalen Integrationsbeauftragten (online)',
    description:
      'Landesweites Treffen der kommunalen Integrationsbeauftragten und Koordinierungsstellen Migration und Teilhabe auf Einladung der Landesbeauftragten.\n\nDie Zugangsdaten erhalten die eingeladenen Teilnehmenden mit der Einladung.',
    kind: 'network-meeting',
    organisation: 'landesbeauftragte-migration-und-teilhabe',
    network: 'landestreffen-integrationsbeauftragte',
    visibility: 'invited',
    status: 'published',
    daysFromSeed: 33,
    startTime: '10:00',
    durationMinutes: 240,
    venueName: null,
    venueAddress: null,
    municipality: null,
    onlineUrl: 'https://meet.example.org/landestreffen-integrationsbeauftragte',
    languages: ['de'],
    capacity: null,
    contact: 'geschaeftsstelle@migration-teilhabe-nds.example.org',
  },
  {
    key: 'gespraechsabend-studierende',
    title: 'Interreligiöser Gesprächsabend für Studierende',
    description:
      'Studierende verschiedener Religionen und Weltanschauungen erzählen, was ihnen ihr Glaube im Studienalltag bedeutet.\n\nDer Abend ist zweisprachig (Deutsch/Englisch); Snacks und Getränke sind vorhanden.',
    kind: 'dialogue-round',
    organisation: 'evangelische-studierendengemeinde-osnabrueck',
    network: 'religions-for-peace-osnabrueck',
    visibility: 'public',
    status: 'published',
    daysFromSeed: 38,
    startTime: '19:00',
    durationMinutes: 120,
    venueName: 'Räume der ESG Osnabrück',
    venueAddress: 'Osnabrück',
    municipality: null,
    onlineUrl: null,
    languages: ['de', 'en'],
    capacity: 40,
    contact: 'kontakt@esg-os.example.org',
  },
  {
    key: 'fest-der-begegnung-quakenbrueck',
    title: 'Fest der Begegnung in Quakenbrück',
    description:
      'Ein Nachmittag mit Musik, Tanz und Speisen aus vielen Ländern. Vereine und Gemeinden aus dem Artland stellen sich vor.\n\nDer Eintritt ist frei; Kinderprogramm ab 15 Uhr.',
    kind: 'festival',
    organisation: 'internationaler-frauentreff-quakenbrueck',
    network: 'arbeitskreis-interreligioeser-dialog',
    visibility: 'public',
    status: 'published',
    daysFromSeed: 45,
    startTime: '14:00',
    durationMinutes: 300,
    venueName: 'Marktplatz Quakenbrück',
    venueAddress: 'Markt, 49610 Quakenbrück',
    municipality: '03459030',
    onlineUrl: null,
    languages: ['de', 'ar', 'ru', 'tr'],
    capacity: null,
    contact: 'kontakt@frauentreff-quakenbrueck.example.org',
  },
  {
    key: 'exkursion-orte-der-religionen',
    title: 'Exkursion: Orte der Religionen in Osnabrück',
    description:
      'Entwurf: Gemeinsame Fahrt für Mitglieder des Arbeitskreises zu Synagoge, Moschee und Kirche in Osnabrück, jeweils mit Gespräch vor Ort.\n\nAbfahrt und Stationen werden noch abgestimmt.',
    kind: 'excursion',
    organisation: 'landkreis-osnabrueck-integrationsbeauftragter',
    network: 'arbeitskreis-interreligioeser-dialog',
    visibility: 'public',
    status: 'draft',
    daysFromSeed: 52,
    startTime: '09:30',
    durationMinutes: 420,
    venueName: 'Treffpunkt Kreishaus',
    venueAddress: 'Am Schölerberg 1, 49082 Osnabrück',
    municipality: null,
    onlineUrl: null,
    languages: ['de'],
    capacity: 30,
    contact: 'integration@landkreis-os.example.org',
  },
]

// ---------------------------------------------------------------------------------------------
// Joint statements (illustrative; dates relative to the seed day)
// ---------------------------------------------------------------------------------------------

export type DemoStatement = {
  network: string
  /** The number of the demo round (demoRoundSeries of the same network) that adopted it, if any. */
  round: number | null
  title: string
  /** The safe Markdown subset of the minutes. */
  body: string
  /** Adopted (published) this many days before the seed day. */
  publishedDaysAgo: number
  /** Signatory organisations, with the demo user (key) who signed for them, if one of ours is an editor there. */
  signatories: { organisation: string; signedDaysAgo: number; by: string | null }[]
}

export const demoStatements: DemoStatement[] = [
  {
    network: 'runder-tisch-der-religionen',
    round: 2,
    title: 'Gemeinsam gegen Hass und Gewalt – Erklärung des Runden Tisches der Religionen',
    body: [
      'Wir, die Religionsgemeinschaften am Runden Tisch der Religionen in Osnabrück, verurteilen **jede Form** von Hass und Gewalt gegen Menschen wegen ihres Glaubens, ihrer Herkunft oder ihrer Überzeugungen.',
      'Wir verpflichten uns,\n- einander bei Anfeindungen beizustehen,\n- unsere Gotteshäuser füreinander zu öffnen,\n- jungen Menschen Begegnungen über Religionsgrenzen hinweg zu ermöglichen.',
      'Osnabrück ist die *Friedensstadt*. Wir wollen, dass das für alle gilt, die hier leben.',
    ].join('\n\n'),
    publishedDaysAgo: 14,
    signatories: [
      { organisation: 'juedische-gemeinde-osnabrueck', signedDaysAgo: 20, by: 'editor-trusted' },
      { organisation: 'ditib-gemeinde-osnabrueck', signedDaysAgo: 19, by: null },
      { organisation: 'bistum-osnabrueck', signedDaysAgo: 18, by: null },
      { organisation: 'ev-luth-kirchenkreis-osnabrueck', signedDaysAgo: 18, by: null },
      { organisation: 'bahai-gemeinde-osnabrueck', signedDaysAgo: 16, by: null },
    ],
  },
]

// ---------------------------------------------------------------------------------------------
// Dialogue rounds (illustrative; dates relative to the seed day)
// ---------------------------------------------------------------------------------------------

/** An agenda topic, proposed for an organisation of the network (by a demo user's key, if one of ours proposed it). */
export type DemoTopic = { title: string; description: string; organisation: string; by: string | null }

/** A round that has taken place: its event lies in the past, its minutes are published. */
export type DemoHeldRound = {
  /** Organisation slug; one of the series' host order. */
  host: string
  /** Moved back to the nearest Monday to Thursday. */
  daysFromSeed: number
  /** HH:MM, Europe/Berlin. */
  startTime: string
  /** Accepted topics, in agenda order. */
  topics: DemoTopic[]
  /** Member organisations present (every other member organisation is recorded as absent). */
  present: string[]
  /** The safe Markdown subset of the minutes. */
  minutes: string
  /** Minutes published this many days after the round. */
  minutesPublishedAfterDays: number
  decisions: string[]
  /** Follow-up tasks; `doneAfterDays` counts from the round, null = still open. */
  tasks: { what: string; who: string; dueAfterDays: number; doneAfterDays: number | null }[]
}

/** The coming round: no date yet, a date poll is open. */
export type DemoPlannedRound = {
  /** Organisation slug: the host the series' order suggests after the last held round. */
  host: string
  /** Proposals close this many days after the seed day. */
  agendaCutoffDaysFromSeed: number
  topics: (DemoTopic & { status: 'accepted' | 'proposed' })[]
  poll: {
    openedDaysAgo: number
    /** The poll closes at the end of this day (Berlin). */
    deadlineDaysFromSeed: number
    /** HH:MM, Europe/Berlin, for every candidate. */
    startTime: string
    /** Candidates are looked for this many days after the seed day (weekdays Monday to Thursday). */
    window: { fromDays: number; toDays: number }
    /**
     * Answers of demo users (by key), for the candidates in the order [flagged, first free, second free]:
     * one candidate falls on an observance or in school holidays, two have no conflicts (see pickDemoCandidates in db/seed.ts).
     * The other people of the member organisations are invited but have not answered yet.
     */
    answers: { by: string; answeredDaysAgo: number; answers: ['yes' | 'if-need-be' | 'no', 'yes' | 'if-need-be' | 'no', 'yes' | 'if-need-be' | 'no'] }[]
  }
}

export type DemoRoundSeries = {
  network: string
  title: string
  cadenceHint: string
  defaultLengthMinutes: number
  format: 'host' | 'team'
  /** Organisation slugs in hosting order. */
  hostOrder: string[]
  /** Oldest first; numbered 1, 2, … */
  held: DemoHeldRound[]
  planned: DemoPlannedRound
}

export const demoRoundSeries: DemoRoundSeries[] = [
  {
    network: 'runder-tisch-der-religionen',
    title: 'Runder Tisch der Religionen – Sitzungen',
    cadenceHint: 'alle 2–3 Monate',
    defaultLengthMinutes: 120,
    format: 'host',
    hostOrder: [
      'juedische-gemeinde-osnabrueck',
      'ditib-gemeinde-osnabrueck',
      'bistum-osnabrueck',
      'alevitische-gemeinde-region-osnabrueck',
      'bahai-gemeinde-osnabrueck',
    ],
    held: [
      {
        host: 'juedische-gemeinde-osnabrueck',
        daysFromSeed: -112,
        startTime: '17:00',
        topics: [
          {
            title: 'Rückblick auf das Friedensgebet',
            description: 'Was ist gelungen, was nehmen wir uns für das nächste gemeinsame Gebet vor?',
            organisation: 'stadt-osnabrueck-buero-fuer-friedenskultur',
            by: null,
          },
          {
            title: 'Sicherheit bei Veranstaltungen in Gotteshäusern',
            description: 'Erfahrungen der Gemeinden mit Schutzkonzepten und der Zusammenarbeit mit der Polizei.',
            organisation: 'juedische-gemeinde-osnabrueck',
            by: 'editor-trusted',
          },
          {
            title: 'Feiertagskalender für Schulen und Verwaltung',
            description: 'Ein gemeinsamer Überblick über die hohen Feiertage der Religionen, damit Prüfungen und Termine Rücksicht nehmen können.',
            organisation: 'landkreis-osnabrueck-integrationsbeauftragter',
            by: 'coordinator',
          },
        ],
        present: [
          'juedische-gemeinde-osnabrueck',
          'ditib-gemeinde-osnabrueck',
          'bistum-osnabrueck',
          'ev-luth-kirchenkreis-osnabrueck',
          'bahai-gemeinde-osnabrueck',
          'stadt-osnabrueck-buero-fuer-friedenskultur',
          'landkreis-osnabrueck-integrationsbeauftragter',
        ],
        minutes: [
          'Die Jüdische Gemeinde begrüßt den Runden Tisch in ihrem Gemeindesaal. Sieben Mitglieder sind vertreten.',
          '**1. Rückblick auf das Friedensgebet**\nDas Friedensgebet war gut besucht. Gewünscht werden kürzere Beiträge und mehr Zeit für die Begegnung danach.',
          '**2. Sicherheit bei Veranstaltungen**\nDie Gemeinden berichten von ihren Schutzkonzepten. Vereinbart wird:\n- Ansprechpersonen der Gemeinden tauschen sich einmal im Jahr aus,\n- bei Vorfällen informieren sich die Gemeinden gegenseitig.',
          '**3. Feiertagskalender**\nDer Landkreis stellt einen Entwurf vor. Die Gemeinden prüfen ihre Einträge bis zur nächsten Sitzung.',
          'Weitere Informationen zum Runden Tisch: https://friedensstadt.osnabrueck.de/de/friedenlebenjetzt/dialog/runder-tisch-der-religionen',
        ].join('\n\n'),
        minutesPublishedAfterDays: 6,
        decisions: ['Der Runde Tisch erstellt gemeinsam einen Feiertagskalender für Schulen und Verwaltung im Landkreis.'],
        tasks: [
          {
            what: 'Einträge der Gemeinden für den Feiertagskalender sammeln',
            who: 'Landkreis Osnabrück – Integrationsbeauftragter',
            dueAfterDays: 42,
            doneAfterDays: 35,
          },
        ],
      },
      {
        host: 'ditib-gemeinde-osnabrueck',
        daysFromSeed: -56,
        startTime: '17:30',
        topics: [
          {
            title: 'Feiertagskalender: Stand und Veröffentlichung',
            description: 'Die gesammelten Einträge der Gemeinden und wie der Kalender Schulen erreicht.',
            organisation: 'landkreis-osnabrueck-integrationsbeauftragter',
            by: 'coordinator',
          },
          {
            title: 'Gemeinsame Erklärung gegen Hass und Gewalt',
            description: 'Ein Textentwurf nach den Anfeindungen gegen Gotteshäuser in der Region.',
            organisation: 'bistum-osnabrueck',
            by: null,
          },
        ],
        present: [
          'juedische-gemeinde-osnabrueck',
          'ditib-gemeinde-osnabrueck',
          'merkez-moschee-osnabrueck',
          'bistum-osnabrueck',
          'ev-luth-kirchenkreis-osnabrueck',
          'alevitische-gemeinde-region-osnabrueck',
          'stadt-osnabrueck-buero-fuer-friedenskultur',
          'landkreis-osnabrueck-integrationsbeauftragter',
        ],
        minutes: [
          'Die DITIB-Gemeinde lädt in ihre Gemeinderäume ein; nach der Sitzung führt der Vorstand durch die Moschee. Acht Mitglieder sind vertreten.',
          '**1. Feiertagskalender**\nAlle Gemeinden haben ihre Einträge geliefert. Der Kalender soll *vor* den Sommerferien an die Schulen gehen.',
          '**2. Gemeinsame Erklärung**\nDas Bistum stellt einen Entwurf vor. Nach kurzer Aussprache wird er mit kleinen Änderungen angenommen und den Mitgliedern zur Unterzeichnung vorgelegt.',
          'Nächste Sitzung: Termin per Umfrage, Gastgeber laut Reihenfolge das Bistum Osnabrück.',
        ].join('\n\n'),
        minutesPublishedAfterDays: 5,
        decisions: [
          'Die Erklärung „Gemeinsam gegen Hass und Gewalt“ wird angenommen und den Mitgliedern zur Unterzeichnung vorgelegt.',
          'Der Feiertagskalender wird über die Schulämter an alle Schulen im Landkreis verteilt.',
        ],
        tasks: [
          {
            what: 'Feiertagskalender mit dem Regionalen Landesamt für Schule und Bildung abstimmen und verteilen',
            who: 'Landkreis Osnabrück – Integrationsbeauftragter',
            dueAfterDays: 90,
            doneAfterDays: null,
          },
        ],
      },
    ],
    planned: {
      host: 'bistum-osnabrueck',
      agendaCutoffDaysFromSeed: 14,
      topics: [
        {
          title: 'Jahresplanung: gemeinsame Termine im kommenden Jahr',
          description: 'Friedensgebet, Tag der offenen Gotteshäuser und Fastenbrechen – Termine abstimmen, bevor die Gemeinden ihre Kalender festlegen.',
          organisation: 'stadt-osnabrueck-buero-fuer-friedenskultur',
          by: null,
          status: 'accepted',
        },
        {
          title: 'Begegnungsprojekt für Schulklassen',
          description: 'Schulklassen besuchen Synagoge, Moschee und Kirche an einem Tag; die Jüdische Gemeinde schlägt ein gemeinsames Programm vor.',
          organisation: 'juedische-gemeinde-osnabrueck',
          by: 'editor-trusted',
          status: 'proposed',
        },
      ],
      poll: {
        openedDaysAgo: 4,
        deadlineDaysFromSeed: 10,
        startTime: '17:00',
        window: { fromDays: 21, toDays: 60 },
        answers: [
          { by: 'coordinator', answeredDaysAgo: 4, answers: ['no', 'yes', 'if-need-be'] },
          { by: 'editor-trusted', answeredDaysAgo: 2, answers: ['no', 'yes', 'yes'] },
        ],
      },
    },
  },
]

/** A joint statement still open for signatures (besides the published ones). */
export type DemoOpenStatement = {
  network: string
  title: string
  body: string
  openedDaysAgo: number
  /** The held round (number) it came out of. */
  round: number
  signatories: { organisation: string; signedDaysAgo: number; by: string | null }[]
}

export const demoOpenStatements: DemoOpenStatement[] = [
  {
    network: 'runder-tisch-der-religionen',
    title: 'Feiertage der Religionen achten – Aufruf an Schulen und Verwaltung',
    body: [
      'Die Mitglieder des Runden Tisches der Religionen bitten Schulen, Behörden und Betriebe im Landkreis Osnabrück, bei Prüfungen, Sitzungen und Fristen auf die **hohen Feiertage** der Religionen Rücksicht zu nehmen.',
      'Dazu stellen wir einen gemeinsamen Feiertagskalender zur Verfügung und stehen für Fragen bereit:\n- bei der Planung von Prüfungsterminen,\n- bei Freistellungen für Feiertage,\n- bei Festen in Kitas und Schulen.',
    ].join('\n\n'),
    openedDaysAgo: 3,
    round: 2,
    signatories: [{ organisation: 'bahai-gemeinde-osnabrueck', signedDaysAgo: 2, by: null }],
  },
]
