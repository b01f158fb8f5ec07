/**
 * English rule messages: Project type. One file per check and language, so a
 * widget's script loads the words of its own check in its page's language only.
 */
import type { ProjectTypeRule } from '../../../rules/project-type/rules.ts';
import type { CheckMessages } from '../types.ts';
import { OUTSIDE_EU_EEA } from './common.ts';

export const projectTypeMessagesEn: CheckMessages<ProjectTypeRule> = {
  'project-type.new-project': {
    text: () => 'Your project is a new project (nytt projekt) for Atlas partnerskap.',
    why: () =>
      'A new project has never before been granted funding from Atlas partnerskap. The school may still have had other cooperation before.',
  },
  'project-type.planning-trip-does-not-count': {
    text: () => 'The planning trip with Atlas planering does not change that: the project counts as new.',
    why: () => 'Even if you made a planning trip with Atlas planering, the project counts as new for Atlas partnerskap.',
  },
  'project-type.other-partner-is-new-project': {
    text: () =>
      'Our reading: a partnership with another partner school (partnerskola) than the one you were granted funding for before is applied for as a new project (nytt projekt).',
    why: () =>
      'The guidance says that a running project cannot be moved to a new partner school, and that a deepening project (fördjupningsprojekt) is with the same partner. That a new partner therefore means a new project is this guide’s reading; ask a case officer (handläggare) if you are unsure.',
  },
  'project-type.several-projects-allowed': {
    text: () => 'Your school unit may run several projects at the same time.',
    why: () => 'A school unit may have several projects running at once.',
  },
  'project-type.deepening-project': {
    text: () =>
      'Your project is a deepening project (fördjupningsprojekt): from the second year with the same partner, other requirements apply.',
    why: () => 'In the second year the project is a deepening project and other requirements apply.',
  },
  'project-type.deepening-must-show': {
    text: () =>
      'In the application you need to show both how the project has developed and how the cooperation can continue in the long term. The development must build on lessons learned from the earlier cooperation.',
    why: () => 'These are the requirements for a deepening project (fördjupningsprojekt).',
  },
  'project-type.state-earlier-grant': {
    text: () =>
      'State in the application that you have been granted funding for an Atlas partnerskap before, and whether it was with the same partner.',
    why: () => 'It decides which questions you are asked and so how the application is assessed.',
  },
  'project-type.assessed-in-competition': {
    text: () => 'You can apply for funding every year, and the project is assessed in competition with other projects.',
    why: () => 'This holds for projects that have been granted funding before, too.',
  },
  'project-type.route-atlas-praktik': {
    text: () =>
      'Work placement (APL) in companies and other organisations is supported by Atlas praktik, not by Atlas partnerskap.',
    why: () =>
      'Atlas praktik is for work placement outside the EU/EEA in vocational upper-secondary and vocational adult education.',
  },
  'project-type.route-atlas-planering': {
    text: () => 'A planning visit fits the programme Atlas planering, not Atlas partnerskap.',
    why: () =>
      'To start an Atlas partnerskap you need a partner school (partnerskola) abroad. Atlas planering supports a planning visit ahead of a partnership.',
  },
  'project-type.route-erasmus-nordplus': {
    text: () => 'With a partner inside the EU/EEA, Erasmus+ or Nordplus fits, not Atlas partnerskap.',
    why: () => OUTSIDE_EU_EEA,
  },
  'project-type.cannot-move-partner': {
    text: () =>
      'A running project cannot be moved to a new partner school (partnerskola). You need to apply anew, with a new country. Contact a case officer (handläggare) before you go on.',
    why: () =>
      'Changes to a project must be approved. If the partner leaves, the project must be stopped and the funding paid back, unless there are special circumstances.',
  },
  'project-type.incomplete': {
    text: () => 'Answer the next question to see which kind of project it is.',
    why: () => 'The answer depends on the questions not yet answered.',
  },
};

