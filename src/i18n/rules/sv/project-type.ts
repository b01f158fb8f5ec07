/**
 * Swedish rule messages: Project type (nytt projekt eller fördjupningsprojekt). One file per check and language, so a
 * widget's script loads the words of its own check in its page's language only.
 */
import type { ProjectTypeRule } from '../../../rules/project-type/rules.ts';
import type { CheckMessages } from '../types.ts';
import { OUTSIDE_EU_EEA } from './common.ts';

export const projectTypeMessagesSv: CheckMessages<ProjectTypeRule> = {
  'project-type.new-project': {
    text: () => 'Ert projekt är ett nytt projekt för Atlas partnerskap.',
    why: () =>
      'Ett nytt projekt har aldrig tidigare beviljats medel inom Atlas partnerskap. Skolan kan ändå ha haft andra samarbeten tidigare.',
  },
  'project-type.planning-trip-does-not-count': {
    text: () => 'Planeringsresan inom Atlas planering ändrar inte det: projektet räknas som nytt.',
    why: () => 'Även om ni gjort en planeringsresa inom Atlas planering räknas projektet som nytt för Atlas partnerskap.',
  },
  'project-type.other-partner-is-new-project': {
    text: () =>
      'Vår tolkning: ett partnerskap med en annan partnerskola än den ni tidigare fått bidrag för söker ni som ett nytt projekt.',
    why: () =>
      'Texterna säger att ett pågående projekt inte kan flyttas över till en ny partnerskola och att fördjupningsprojekt gäller samma partner. Att en ny partner därför ger ett nytt projekt är guidens tolkning; fråga en handläggare om ni är osäkra.',
  },
  'project-type.several-projects-allowed': {
    text: () => 'Er skolenhet kan ha flera pågående projekt samtidigt.',
    why: () => 'Som skolenhet kan ni ha flera pågående projekt samtidigt.',
  },
  'project-type.deepening-project': {
    text: () => 'Ert projekt är ett fördjupningsprojekt: andra året och framåt med samma partner gäller andra krav.',
    why: () => 'Under det andra året är projektet ett fördjupningsprojekt och andra krav gäller.',
  },
  'project-type.deepening-must-show': {
    text: () =>
      'I ansökan behöver ni visa både hur projektet har utvecklats och hur samarbetet ska kunna fortsätta långsiktigt. Utvecklingen ska bygga på lärdomar från det tidigare samarbetet.',
    why: () => 'Det är kraven på ett fördjupningsprojekt.',
  },
  'project-type.state-earlier-grant': {
    text: () =>
      'Ange i ansökan att ni tidigare har beviljats bidrag för ett Atlas partnerskap, och om det var med samma partner.',
    why: () => 'Uppgiften påverkar vilka frågor ni får besvara och därmed hur ansökan bedöms.',
  },
  'project-type.assessed-in-competition': {
    text: () => 'Ni kan söka bidrag varje år, och projektet bedöms i konkurrens med andra projekt.',
    why: () => 'Det gäller även projekt som tidigare har fått bidrag.',
  },
  'project-type.route-atlas-praktik': {
    text: () => 'APL i företag och andra organisationer stöds inom Atlas praktik, inte Atlas partnerskap.',
    why: () =>
      'Atlas praktik gäller APL utanför EU/ESS för yrkesinriktad gymnasieutbildning och yrkesinriktad vuxenutbildning.',
  },
  'project-type.route-atlas-planering': {
    text: () => 'Ett planeringsbesök passar programmet Atlas planering, inte Atlas partnerskap.',
    why: () =>
      'För att starta ett Atlas partnerskap behöver ni en utländsk partnerskola. Atlas planering stöder ett planeringsbesök inför ett partnerskap.',
  },
  'project-type.route-erasmus-nordplus': {
    text: () => 'Med en partner inom EU/ESS passar Erasmus+ eller Nordplus, inte Atlas partnerskap.',
    why: () => OUTSIDE_EU_EEA,
  },
  'project-type.cannot-move-partner': {
    text: () =>
      'Ett pågående projekt kan inte flyttas över till en ny partnerskola. Ni behöver ansöka på nytt, med ett nytt land. Kontakta en handläggare innan ni går vidare.',
    why: () =>
      'Förändringar i ett projekt måste godkännas. Om partnern lämnar projektet måste det, om inte särskilda omständigheter föreligger, avbrytas och beviljade medel betalas tillbaka.',
  },
  'project-type.incomplete': {
    text: () => 'Svara på nästa fråga för att se vilken sorts projekt det blir.',
    why: () => 'Svaret beror på frågorna som ännu inte är besvarade.',
  },
};

