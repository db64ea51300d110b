// Demo accounts, one for each kind of user, so every screen of the apps can be tried. DEMO ONLY: the password is
// public and shared; the API hashes it when seeding and must never seed these accounts outside a demo.
import type { DemoAccount } from '../types.ts';

/** The password of every demo account. Public, for demonstration only. */
export const DEMO_PASSWORD = 'scrutiny-demo';

export const DEMO_EMAILS = {
  inspector: 'kate.white@hmiprobation.example',
  assistantChiefInspector: 'john.hutchings@hmiprobation.example',
  westMidlandsAssessorA: 'neil.appleby@wmpa.example',
  westMidlandsAssessorB: 'lalita.patel@wmpa.example',
  informationManager: 'kevin.ball@hmiprobation.example',
  adminOfficer: 'junior.rhone@hmiprobation.example',
  westMidlandsBoardMember: 'board.member@wmpa.example',
  greaterManchesterBoardMember: 'board.member@gmpa.example',
  administrator: 'admin@scrutiny.example',
} as const;

export const demoAccounts: readonly DemoAccount[] = [
  { email: DEMO_EMAILS.inspector, name: 'Kate White', role: 'INSPECTOR', areaCode: null, password: DEMO_PASSWORD },
  {
    email: DEMO_EMAILS.assistantChiefInspector,
    name: 'John Hutchings',
    role: 'CHIEF_INSPECTOR',
    areaCode: null,
    password: DEMO_PASSWORD,
  },
  {
    email: DEMO_EMAILS.westMidlandsAssessorA,
    name: 'Neil Appleby',
    role: 'AREA_ASSESSOR',
    areaCode: 'WMPA',
    password: DEMO_PASSWORD,
  },
  {
    email: DEMO_EMAILS.westMidlandsAssessorB,
    name: 'Lalita Patel',
    role: 'AREA_ASSESSOR',
    areaCode: 'WMPA',
    password: DEMO_PASSWORD,
  },
  {
    email: DEMO_EMAILS.informationManager,
    name: 'Kevin Ball',
    role: 'INFORMATION_MANAGER',
    areaCode: null,
    password: DEMO_PASSWORD,
  },
  {
    email: DEMO_EMAILS.adminOfficer,
    name: 'Junior Rhone',
    role: 'ADMIN_OFFICER',
    areaCode: null,
    password: DEMO_PASSWORD,
  },
  // Board members are fictional: the report names none.
  {
    email: DEMO_EMAILS.westMidlandsBoardMember,
    name: 'Alex Morgan (demo board member)',
    role: 'BOARD_MEMBER',
    areaCode: 'WMPA',
    password: DEMO_PASSWORD,
  },
  {
    email: DEMO_EMAILS.greaterManchesterBoardMember,
    name: 'Sam Taylor (demo board member)',
    role: 'BOARD_MEMBER',
    areaCode: 'GMPA-DEMO',
    password: DEMO_PASSWORD,
  },
  {
    email: DEMO_EMAILS.administrator,
    name: 'Scrutiny Administrator',
    role: 'ADMINISTRATOR',
    areaCode: null,
    password: DEMO_PASSWORD,
  },
];
