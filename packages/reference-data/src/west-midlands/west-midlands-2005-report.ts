// The follow-up report's own words: texts, findings by criterion and good practice examples, verbatim from
// reference/esi-follow-up-west-midlands-2005.md (a test checks each is in the report). Bullet glyphs are dropped
// and sentences broken across a page are joined. Each finding's kind is our reading of its content.
import type { GoodPracticeExample, ReferenceFinding, ReportText } from '../types.ts';

export const westMidlands2005ReportTexts: readonly ReportText[] = [
  {
    key: 'foreword',
    title: 'Foreword',
    body: "There had clearly been a great deal of focused activity at every level of the West Midlands Probation Area in response to our inspection findings of 2004. The area had established an ESI Board and had helpfully integrated its ESI work with other major initiatives. The crucial need to address risk of harm work in particular had been acknowledged and this had been tackled as part of a programme aimed at overall performance improvement. There had been faster than expected realignment of probation's role within MAPPa, and a general clarification of these arrangements amongst both practitioners and managers. There were some encouraging early signs of a shift towards a performance culture, and of increased staff confidence in relation to role definition, knowledge and skills.\n\nFollow-up inspection findings showed some improvement against 26 of 33 separate measures. Some of this improvement was significant, although in other instances it was more fragile and slight. Whilst there was encouraging evidence of movement in the right direction, further improvement in the key area of risk of harm work, for example, was evidently still needed.\n\nIt is hoped that our follow-up inspection findings will offer a helpful supplement to the area's own agenda for future improvement. We congratulate West Midlands for its progress and would encourage it to continue to work carefully on issues of sustainability.\n\n*Andrew Bridges*  \n*HM Chief Inspector of Probation*\n\n*July 2005*",
  },
  {
    key: 'acknowledgements',
    title: 'Acknowledgements',
    body: 'We would like to express our thanks to the West Midlands Probation Board, its managers and staff for the considerable assistance received in enabling the inspection to proceed smoothly. Without their help the work could not have been completed successfully.\n\n*HM Assistant Chief Inspector: John Hutchings*\n\n*HM Inspectors: Kate White, John Browne, Nigel Scarff*\n\n*Area Assessors: Neil Appleby, Andrew Brownsword, Philip Ellis, Bronwen Elphick, Kashmir Garton, Frank Gravenor, Linda Hartley, Mike Kerlake, Lalita Patel, Manjinder Purewal, Marj Rogers*\n\n*Information Manager: Kevin Ball*\n\n*Inspection Admin Officer: Junior Rhone*',
  },
  {
    key: 'glossary',
    title: 'Glossary',
    body: "ACO\tAssistant chief officer\nCATo\tCase Administration Tool\nCO\tChief officer\nCP\tCommunity punishment\nCPO\tCommunity punishment order\nCPRO\tCommunity punishment and rehabilitation order\nDM\tDistrict manager\nESI\tEffective Supervision Inspection\nHMI Probation\tHer Majesty's Inspectorate of Probation\nISP\tInitial supervision plan\nJPPU\tJoint Public Protection Unit\nMAPPA\tMulti-Agency Public Protection Arrangements\nMAPPP\tMulti-Agency Public Protection Panel\nNACRO\tNational Association for the Care and Resettlement of Offenders\nNOMS\tNational Offender Management Service\nNPD\tNational Probation Directorate\nNPS\tNational Probation Service\nOASys/eOASys\tOffender Assessment System/electronic OASys\nOCU\tOperational Command Unit\nPO\tProbation officer\nPSR\tPre-sentence report\nSFO\tSerious further offence\nSMART\tSpecific, Measurable, Achievable, Realistic and Time-bounded\nSMB\tStrategic Management Board\nSMT\tSenior management team\nSOTP\tSex Offender Treatment Programme\nSPO\tSenior probation officer\nSSR\tSpecific sentence report\nWMPA\tWest Midlands Probation Area\nYOT\tYouth Offending Team",
  },
  {
    key: 'reasonsForFollowUp',
    title: 'Reasons for undertaking the follow-up',
    body: "- At the time of the original ESI (report published August 2004) HMI Probation had concerns about performance in West Midlands. Assessment and planning of supervision were not robust enough, and risk of harm work did not have a high enough priority. This was exacerbated by a widespread confusion on the part of both staff and managers about MAPPA in which probation did not have sufficient strategic influence.\n- The principal concerns were addressed in five of the report's seven recommendations, upon which the follow-up inspection was based:\n\n*The Probation Board should ensure that:*\n\n1. *strategic probation involvement in MAPPA is increased, adjusting the shared responsibilities of Police and Probation, and aligning with the new statutory involvement of the Prison Service*\n2. *an accurate register is compiled and maintained of the 'critical few' cases at highest risk of harm to the public and that they be made subject to Level 3 MAPPA*\n3. *ACOs, district managers, and SPOs be made clear about the part they play in MAPPPs, and that clear minutes and risk management plans are produced by MAPPPs and placed on offender files for active use by case managers*\n4. *the quality of risk of harm assessments be improved so that initial assessments are accurate and comprehensive, reviews are done on time and, where appropriate, changed circumstances relevant to risk of harm are swiftly and appropriately reflected in revised assessments*\n5. *supervision planning be given a higher priority and the quality of supervision plans and reviews improved.*",
  },
  {
    key: 'summaryOfKeyFindings',
    title: 'Summary of findings of the follow-up',
    body: "- **Quality of Management:** Board members and managers had exercised joint leadership to address the ESI recommendations, and had acted decisively to prioritise the risk of harm agenda in particular. The increase in probation's strategic involvement in MAPPA had taken place decisively and had already produced many benefits. A realignment of the police/probation dynamic had been brought about more swiftly than might have been thought possible and had enabled the area to proceed with clarifying and streamlining the entire MAPPA. This was no mean feat bearing in mind the challenges of scale, involving 21 police OCUs, for example.\n\nFollowing management restructure and training input the area was able to demonstrate at all levels a developing performance culture and a commitment to moving towards good practice. Resources were matched to risk more reliably and front line staff were feeling the benefits of this, i.e. being freed up to do intensive risk of harm work when it was required.\n\n- **Quality of Assessment:** The roll-out of eOASys, and encouraging staff commitment to it, had enabled WMPA to move on in relation to assessment and planning of supervision. There was evidence of greater care being taken by practitioners and more checking of case work by SPOs. There was improvement across most measures, although some of these trends appeared fragile and would need consistent attention if they were to be sustained and further improved. This was particularly true of the quality of initial risk assessments and supervision plans. There was some lingering evidence of risk inflation, but plans to do a wholesale review of MAPPA Level 2 cases (already completed at Level 3) would further address this. Risk management plans were not yet being written to the required standard, although there were some individual examples of good practice which could be built upon.\n- **Quality of Interventions:** West Midlands staff had benefited from training input and were more confident in liaising with the police and other agencies in attending to victim safety issues and in accessing MAPPA. Supervision plans were being reviewed more reliably, as were risk of harm assessments. However, objectives needed to be more SMART and supervision plan reviews needed to integrate MAPPA work more thoroughly in a routine ongoing way. There were some pleasing examples of good child protection work by probation staff.",
  },
  {
    key: 'nextSteps',
    title: 'Next steps',
    body: '- This report has been submitted to the Secretary of State and copies provided to the Chief Executive of NOMS, the National Offender Manager, the Director of the NPS, the Probation Board and CO. Copies are also available on the website of HMI Probation at:\n\n<http://www.homeoffice.gov.uk/justice/probation/inspprob/index.html>',
  },
  {
    key: 'inspectionArrangements',
    title: 'Inspection arrangements',
    body: "- The ESI programme started in June 2003. All 42 probation areas comprising the National Probation Service for England and Wales are being inspected over a three year cycle, with areas of similar characteristics (in terms of size and population density) visited in the same year to facilitate comparisons in performance. This enables us to identify and promote effective work with offenders and disseminate information about good practice.\n- Probation areas are being assessed on how well they have met defined inspection criteria focusing on the:\n  - overall management of the area\n  - quality of the assessments carried out on offenders\n  - quality of the interventions carried out with offenders\n  - initial results of the interventions, both in relation to criminogenic factors such as employment, accommodation and substance misuse, and also whether there has been any reduction in the risk of harm and the risk of reoffending.\n- The inspection takes account of the regular NPS performance data. These are produced by the NPD who are responsible for their collection and quality assurance.\n- The West Midlands follow-up inspection was a limited exercise which further examined the area's assessment and management of offenders' risk of harm, MAPPA and supervision planning one year on from the original inspection. It involved scrutiny of 40 of the area's files by area assessors and then validation of this work by HMI Probation. There was also examination of the area's improvement plans and other related documentation. Meetings were held with a group of Board members, the CO and Director of Operations, SPOs and DMs, members of the MAPPA SMB and the MAPPA coordinator, and a group of practitioners. Unlike in the original ESI, no interviews were conducted with offenders or with significant other workers. Where relevant, original criterion scores have been adjusted to allow for this difference for ease of closer comparison with the follow-up results.\n- This report uses a similar framework to the ESI report in assessing the area's performance against the five criteria relevant to the issues in the follow-up. We have re-scored those assessment and interventions criteria where it has been possible to make a direct comparison. However, the management section has not been re-scored because of the follow-up's narrower focus when compared with the original inspection.",
  },
  {
    key: 'roleOfInspectorate',
    title: 'The role of HMI Probation',
    body: "HMI Probation is an independent Inspectorate, originally established in 1936 and given statutory authority in the Criminal Justice Act 1991. The Criminal Justice and Court Services Act 2000 renamed HMI Probation 'Her Majesty's Inspectorate of the National Probation Service for England and Wales. HMI Probation is funded by the Home Office and reports directly to the Home Secretary.\n\n### Home Office Objectives\n\nHMI Probation contributes primarily to the achievement of Home Office Objective II:\n\n- ▣ more offenders are caught, punished and stop offending, and victims are better supported\n- ▣ and to the requirement to ensure that custodial and community sentences are more effective at stopping offending. We also contribute to the achievement of Objective III through scrutiny of work to address drugs and other substance misuse, and to other relevant criminal justice system and children's services objectives.\n\n### Role\n\n- ▣ Report to the Home Secretary on the work and performance of the National Probation Service and Youth Offending Teams, particularly on the effectiveness of work with individual offenders, children and young people aimed at reducing reoffending and protecting the public\n- ▣ In this connection, and in association with HM Inspectorate of Prisons, to report on the effectiveness of offender management under the auspices of the National Offender Management Service as it develops\n- ▣ Contribute to improved performance in the National Probation Service, the National Offender Management Service and Youth Offending Teams\n- ▣ Contribute to sound policy and effective service delivery by providing advice and disseminating good practice, based on inspection findings, to Ministers, Home Office staff, the Youth Justice Board, probation boards/areas and Youth Offending Teams\n- ▣ Promote actively race equality and wider diversity issues in the National Probation Service, the National Offender Management Service and Youth Offending Teams\n- ▣ Contribute to the overall effectiveness of the criminal justice system, particularly through joint work with other criminal justice and Government inspectorates.\n\n### Code of Practice\n\nHMI Probation aims to achieve its purpose by:\n\n- ▣ undertaking its work with integrity in a professional, impartial and courteous manner\n- ▣ consulting stakeholders in planning and running inspections and regarding reports\n- ▣ forming independent inspection judgements based on evidence\n- ▣ the timely reporting and publishing of inspection findings and recommendations for improvement\n- ▣ promoting race equality and wider diversity issues in all aspects of its work, including within its own employment practices and organisational processes\n- ▣ developing joint approaches with other Inspectorate and Audit bodies to ensure a coordinated approach to the criminal justice system\n\nThe Inspectorate is a public body. Anyone who wishes to comment on an inspection, a report or any other matter falling within its remit should write to:\n\n*HM Chief Inspector of Probation  \n2nd Floor, Ashley House  \n2 Monck Street  \nLondon SW1P 2BQ*",
  },
];

export const westMidlands2005Findings: readonly ReferenceFinding[] = [
  {
    criterion: 'A1',
    kind: 'STRENGTH',
    text: "The Board and SMT had worked hard to address holistically the work which needed doing following the ESI, working both separately and together on tracking progress. The Board had located the work both on its general agenda and within the context of its Operations & Performance Scrutiny Committee. The Board and SMT worked closely together on the ESI Board, monitoring the effectiveness of actions taken in support of all seven inspection recommendations. Respecting one another's role boundaries and differing briefs, the two groups had carried forward the work with great care, with senior managers giving full accounts of the work in hand and Board members supporting and holding them to account. Encouragingly, there were plans in place for the ESI Board to meet again after the follow-up to agree how any outstanding work should be progressed as part of other work streams.",
  },
  {
    criterion: 'A1',
    kind: 'STRENGTH',
    text: "The original inspection had commented that WMPA tended to have too many initiatives taking place at any one time and needed instead to focus on a smaller number. Identifying fewer key work strands had helped the Board enhance its role within the organisation, mainly through subcommittees, but additionally via a system of Board members being 'champions' for specific priority areas of work. It was acknowledged that the ability of the Board Chair to distribute responsibilities to Board members, which reflected their individual strengths, had been important.",
  },
  {
    criterion: 'A1',
    kind: 'STRENGTH',
    text: 'Work on ESI had been creatively merged, with changes prompted by other national developments such as the implementation of the Criminal Justice Act 2003 and the introduction of the Offender Management Model. The Quality Offender Management Project, initiated in April 2005, aimed to progress the changes needed for the latter, whilst simultaneously improving overall performance. The ESI recommendations had been included in the Project Mandate. There was also a separate improvement programme in relation to Public Protection and Priority Offenders.',
  },
  {
    criterion: 'A1',
    kind: 'STRENGTH',
    text: 'A reorganisation of management structures and provision of additional capacity had seen the appointment of 13 DMs, freeing ACOs up for a distinct leadership and strategy role, and improving lines of accountability. Managers were clearer than they had been about roles and responsibilities and this appeared to have had some positive impact on staff morale. West Midlands had created some new SPO posts with a specific remit for performance improvement. These staff were specifically to target key areas such as assessment and planning, in support of the ESI findings.',
  },
  {
    criterion: 'A1',
    kind: 'STRENGTH',
    text: 'A reward scheme had been introduced, marking the achievement of teams which had performed well, and encouraging a general focus on good performance.',
  },
  {
    criterion: 'A1',
    kind: 'STRENGTH',
    text: "Issues concerning the strategic management of MAPPA had featured regularly within supervision/accountability sessions between the Director of Operations and the relevant ACO. The Director had attended an SMB and was now supporting the ACO in co-chairing with the police. This had been a significant step forward, working towards a balanced input from the two agencies. There was also a direct link between the ACO and the Board's Operations' Committee.",
  },
  {
    criterion: 'A1',
    kind: 'STRENGTH',
    text: 'A locally agreed protocol had been produced between WMPA, West Midlands Police and HM Prison Service in response to, and building on Probation Circular 3/2005 *Police Probation and Prison Joint National Protocol – Supervision, Revocation and Recall for Prisoners released on licence*. It included flow charts on sharing information to formulate licence conditions and monitoring and enforcing licences. Probation, police and prison staff in the West Midlands area would be aware of their role and responsibilities. This was a helpful document which successfully translated a national protocol in to a local context.',
  },
  {
    criterion: 'A1',
    kind: 'AREA_FOR_IMPROVEMENT',
    text: "The SMB had drawn up a three year business plan to engage the key MAPPA players in a balanced way, following an adjustment of responsibilities. This was a positive step forward. However, at the end of June 2005 it had yet to be formally adopted. Police, probation and prison service representatives had also begun to meet in a Responsible Authorities' Group from February 2005. The SMB had established three subgroups covering training, policy and procedures, and serious case reviews. The training subgroup was in the process of revising its terms of reference. There was a commitment to the creation of an audit subcommittee but no firm start date had been fixed. The audit function of the SMB was essential and required more attention.",
  },
  {
    criterion: 'A1',
    kind: 'AREA_FOR_IMPROVEMENT',
    text: "The Responsible Authorities' Group members had found their meetings very helpful in forging a clear understanding about their responsibilities, in information sharing and in informing the SMB agenda. However, this group was not required by the MAPPA Guidance and unfortunately the meetings to date had not been minuted. There was a danger that over time the 'duty to cooperate' agencies might feel that the SMB was not truly the engine of MAPPA. There was also potentially an issue of duplication. Whilst the Responsible Authorities' Group had scheduled meetings for the next 12 months, it might benefit from reviewing its remit and ensuring full transparency and greater linkage to the SMB. The WMPA Board also felt its own link with the SMB needed to be further defined and that guidance from the NPD would be helpful.",
  },
  {
    criterion: 'A1',
    kind: 'STRENGTH',
    text: "West Midlands had reviewed all its MAPPA Level 3 cases in the previous 12 months, reducing the number from 500+ to 45 as of June 2005. This had enabled attention to be focused on the 'critical few'. A review of 800+ Level 2 cases was also planned, with a similarly significant decrease in numbers anticipated.",
  },
  {
    criterion: 'A1',
    kind: 'STRENGTH',
    text: "The introduction of a coordinator's post had made a positive contribution to streamlining MAPPA. This had facilitated the production of information and statistics not previously available – a significant step forward. Clear information about offenders posing a risk of harm to the public was being produced on a regular basis and broken down to district level. A permanent database of those offenders managed at MAPPA Level 3 was maintained within the JPPU and from December 2004 interim arrangements were made to highlight the MAPPA level of individual offenders within CATo.",
  },
  {
    criterion: 'A1',
    kind: 'OBSERVATION',
    text: "Standardised templates for MAPPP Level 3 agenda and minutes had been introduced by the coordinator and were being widely trialled at the time of the follow-up, with a view to full implementation in the autumn of 2005. He was also attending all Level 3 MAPPPs and had done some work alongside the YOTs. It will be for the area to determine whether a single MAPPA coordinator's post will be sufficient bearing in mind the volume demands of a large metropolitan area.",
  },
  {
    criterion: 'A1',
    kind: 'STRENGTH',
    text: 'Decisions about policy and instructions about practice were formulated promptly and articulated clearly. For example, a decision had been taken that newly qualified POs would not be allocated to high-risk teams until they had been qualified for 12 months. In April 2005 a policy implementation circular was issued by the area to support Probation Circular 10/2005 *National Guidance on Managing High Risk of Harm Work*. This local circular clarified MAPPA and emphasised the need for high quality and timely risk management plans. This exemplified the thoroughness and clarity of communication with staff about complex aspects of their practice. A very useful Intranet facility had also been established. This had a section dedicated to risk issues. It had been well-received, was felt to be user-friendly, and was being made good use of as practitioners and managers checked policy and shared good practice.',
  },
  {
    criterion: 'A1',
    kind: 'STRENGTH',
    text: 'The area had delivered a programme of mandatory risk training. In the autumn of 2004 a consultant had been brought in to work with SPOs and DMs to increase knowledge and confidence levels about public protection matters. Input had also been delivered in-house to equip DMs and Police Deputy Chief Inspectors to share the chairing of Level 3 MAPPPs, a practice which was now established in all districts. Two-day training events on risk and MAPPA had been rolled out in early 2005 for practitioners, and also more specialist training in Risk Matrix 2000 and issues related to early release procedures. The content of the training had been adjusted slightly over time to ensure it met the right training needs.',
  },
  {
    criterion: 'A1',
    kind: 'STRENGTH',
    text: 'There had been considerable activity at a regional level. A regional sex offender unit had been established and had already had a positive impact on waiting times for SOTP. A regional risk group comprising area ACOs had been strengthened and a regional MAPPA Conference was held in January 2005. There had been opportunities to share learning regionally in relation to SFO reporting, an exercise in which the WMPA Board had been able to describe the lessons learned from its experience as a large area dealing with an inevitably greater number of such cases than their counterparts in the region. They had also taken away some useful suggestions, re action plans following SFOs.',
  },
  {
    criterion: 'B1',
    kind: 'STRENGTH',
    text: 'We were pleased to detect a shift in attitude from many staff and managers in relation to OASys, now valuing it as a useful tool rather than resenting it and seeing it simply as a necessity. It was acknowledged by the area that generally practitioners were adapting well to eOASys, although there was an understandable need for refresher training, e.g. in court teams.',
  },
  {
    criterion: 'B1',
    kind: 'STRENGTH',
    text: "The area's Public Protection Manual had been revised and updated giving a renewed emphasis to priorities such as dynamic risk assessment and inter-agency cooperation. Procedural guidance had been produced by the area for those writing PSRs. This incorporated the requirements of the Criminal Justice Act 2003, and outlined the need for thorough and careful risk of harm assessments in reports. Clear guidance about prompt and comprehensive assessments on e-OASys had been issued following its area wide implementation in 2004.",
  },
  {
    criterion: 'B1',
    kind: 'STRENGTH',
    text: 'Case managers were making a fuller contribution to MAPPA, attending Level 3 MAPPPs, and/or providing prescribed written information if unable to attend in person. It was hoped to extend this to Level 2 MAPPPs in due course. The MAPPA coordinator had done useful standardisation work in relation to this, and was also appreciated as a point of contact for queries and advice by managers and practitioners alike.',
  },
  {
    criterion: 'B1',
    kind: 'OBSERVATION',
    text: '95% of cases (100% of high-risk cases) had an initial risk of harm assessment, although the quality of these was deemed satisfactory in only half the overall sample; this compared to 60% in the original inspection. Of the high-risk cases, 61% had a satisfactory risk of harm assessment by comparison with 72% in 2004. In discussing this slight deterioration with the area, a possible explanation was given that the cases scrutinised had had their initial assessments carried out in January 2005, prior to staff receiving their risk of harm training. When we moved to look at assessments carried out at the point of first review – typically May 2005 – the results were better: The quality of risk of harm assessments every 16 weeks had significantly risen from 12% to 49% for the overall sample and from 31% to 64% for the high-risk cases. Risk of harm assessments prompted by a significant incident that gave cause for concern had improved from a satisfaction rate of 24% in the original inspection to 67% for the follow-up (30% to 67% for the high-risk sample). This demonstrated a changed approach to responsive ongoing risk of harm assessment, and it will be vitally important to build further upon this progress.',
  },
  {
    criterion: 'B1',
    kind: 'AREA_FOR_IMPROVEMENT',
    text: 'The risk of harm classification was felt to be appropriate in 83% of cases, by comparison with 89% of cases in the original inspection. 91% of high-risk cases were correctly classified. In most of the cases incorrectly classified risk had been inflated.',
  },
  {
    criterion: 'B1',
    kind: 'AREA_FOR_IMPROVEMENT',
    text: 'There was further work to be done on the quality and timeliness of risk management plans in high and very high risk of harm cases, where results differed little from the 2004 inspection (in ten of 23 cases in 2005 plans were of a satisfactory quality and completed within five working days; the figure was nine of 23 cases in 2004). However, it was pleasing to see some examples of the new headings being used and detailed content being included.',
  },
  {
    criterion: 'B1',
    kind: 'AREA_FOR_IMPROVEMENT',
    text: 'Managers described an increased confidence about their part in assuring quality risk of harm assessments. There was sufficient evidence of appropriate management involvement in 55% of high risk of harm cases – an improvement from 39% in the original inspection. There clearly remains scope for considerable further improvement here.',
  },
  {
    criterion: 'B1',
    kind: 'STRENGTH',
    text: 'Case managers described a heightened awareness and improved knowledge levels in relation to risk of harm assessment. For example, they demonstrated a sound understanding of the levels and categories within MAPPA and described the importance of being able to view risk and needs as separate but linked issues at the assessment stage.',
  },
  {
    criterion: 'B3',
    kind: 'OBSERVATION',
    text: '68% of ISPs were of a satisfactory overall quality – this was the case in 70% of high risk of harm cases. More specifically:',
  },
  {
    criterion: 'B3',
    kind: 'STRENGTH',
    text: 'they showed a significantly improved match between the objectives and offender risk/needs, assessed as satisfactory in 90% of cases; this had improved from 45% in the original inspection',
  },
  {
    criterion: 'B3',
    kind: 'AREA_FOR_IMPROVEMENT',
    text: 'assessments by other agencies and MAPPA were integrated into supervision plans in 55% of applicable cases, compared with 33% in the original sample. Whilst showing progress, this clearly remained an area for further improvement',
  },
  {
    criterion: 'B3',
    kind: 'STRENGTH',
    text: '75% of ISPs contained SMART objectives, rising from 52% in 2004; the figure was 65% for the high risk of harm cases',
  },
  {
    criterion: 'B3',
    kind: 'AREA_FOR_IMPROVEMENT',
    text: 'a need for greater clarity in recording had persisted. Liaison with other agencies and diversity issues needed to be outlined in more detail at the outset in OASys. These aspects had deteriorated very slightly to satisfaction levels of 53% and 48% respectively against a common original figure of 56%',
  },
  {
    criterion: 'B3',
    kind: 'STRENGTH',
    text: 'on the whole case managers were involving offenders in the compilation of the supervision plan and were ensuring that they understood clearly the expectations placed upon them.',
  },
  {
    criterion: 'B3',
    kind: 'OBSERVATION',
    text: 'The area had acknowledged the need to focus some resource on supervision planning as a key part of the case management function. Plans were in hand to appoint three senior practitioners as practice managers to address some of these key aspects of work. Although not a training priority in 2004/2005, supervision planning was included in the 2005/2006 Training Plan.',
  },
  {
    criterion: 'C2',
    kind: 'STRENGTH',
    text: 'The reviewing of supervision plans was happening much more reliably. In 65% of cases progress against objectives had been reviewed in line with national standards, an improvement from 23% of the original ESI sample. Also in 65% of cases there were SMART objectives in the supervision plan reviews, rising from 35%.',
  },
  {
    criterion: 'C2',
    kind: 'STRENGTH',
    text: 'In 94% of cases (92% for the high risk of harm sample) additional requirements on orders or licences had been adequately implemented; this was an encouraging increase from 78%. The figure for high-risk cases in 2004 had been 93%, not a statistically significant change.',
  },
  {
    criterion: 'C2',
    kind: 'STRENGTH',
    text: 'We were impressed by some of the liaison taking place between probation staff and others delivering interventions – both restrictive and constructive. There was evidence of this taking place satisfactorily in 86% of cases overall, and in 91% of the high risk of harm sample. Equivalent figures in 2004 had been 76% and 86% respectively. This included some creative and effective liaison with the police, an aspect of work in which probation practitioners showed greater confidence than at the time of the original ESI.',
  },
  {
    criterion: 'C2',
    kind: 'AREA_FOR_IMPROVEMENT',
    text: 'The area continued to face some challenges in clearly integrating risk management plans and MAPPA work into supervision plan reviews. Although the proportion of satisfactory cases had risen from 33% to 43%, more work was needed to promote a seamless approach to managing these high-risk cases. In relation to CPROs, greater attention was also needed in reviewing CP objectives consistently alongside more general supervision objectives, and ensuring the supervision process adequately reflected both elements.',
  },
  {
    criterion: 'C5',
    kind: 'STRENGTH',
    text: 'There was felt to be a good match between the risk of harm assessment and the level of interventions in 90% of cases, an increase from 80% in 2004.',
  },
  {
    criterion: 'C5',
    kind: 'STRENGTH',
    text: 'Practitioners were better equipped than they had been to address issues of victim safety, understanding the importance of proactively liaising with the police and other agencies at an early stage when concerns arose.',
  },
  {
    criterion: 'C5',
    kind: 'STRENGTH',
    text: 'Following a realignment in police/probation responsibilities within MAPPA, probation staff and managers reported having increased influence in the assessment and management of high risk of harm cases. Case managers now routinely attended Level 3 MAPPPs, at which DMs now shared chairing responsibility with the police. There was an impressive clarity and confidence about the DM role, despite this being a relatively new post within WMPA.',
  },
  {
    criterion: 'C5',
    kind: 'STRENGTH',
    text: 'Satisfactory probation involvement in child protection arrangements had improved from 77% of applicable cases in 2004 to 92% in the follow-up.',
  },
  {
    criterion: 'C5',
    kind: 'AREA_FOR_IMPROVEMENT',
    text: 'Potential changes in risk of harm were better identified and addressed, although, once again, this needed to continue further. The improvement was from 61% to 64% overall. It was reassuring that there was a greater improvement in relation to high risk of harm cases – from 62% to 70%.',
  },
  {
    criterion: 'C5',
    kind: 'AREA_FOR_IMPROVEMENT',
    text: 'Management oversight of the ongoing case management process was assessed as satisfactory in 59% of cases by comparison with 41% at the original inspection. Again, there was a need for more work here.',
  },
  {
    criterion: 'C5',
    kind: 'AREA_FOR_IMPROVEMENT',
    text: 'MAPPA documentation was more reliably finding a place on case files and being utilised by case managers. However, this positive trend needed to be built upon. In only 42% of cases was an adequate inter-agency risk management plan produced – the figure was 26% in 2004. These plans were reviewed comprehensively in just 40% of cases, although this still represented a significant improvement from the figure of 17% in the original inspection.',
  },
];

export const westMidlands2005GoodPractice: readonly GoodPracticeExample[] = [
  {
    criterion: 'A1',
    text: "A floating support scheme had been developed to complement the work of police and probation services managing high risk of harm offenders. Workers visited offenders in their homes either pre-arranged or unscheduled. The main purpose of the visits was to ensure that offenders were coping successfully in their day-to-day living. However, they had other 'public protection' purposes, for example ensuring offenders were not accessing potential victims and identifying any lifestyle changes, such as evidence of an increase in alcohol or drug use which would increase their risk of reoffending. Such information would be passed quickly to the case manager who would take appropriate action. The scheme operated by referrals only coming through local MAPPA meetings. The scheme was provided by various agencies such as the Fry Housing Trust and NACRO. It would conduct its own risk assessment and agree frequency of visits with the MAPPA meeting. The scheme provided support for high risk of harm offenders who were often socially isolated, and contributed directly to protecting the public.",
  },
  {
    criterion: 'B3',
    text: "A case manager had produced a comprehensive risk management plan which included headings for sections as in Probation Circular 10/2005 (Public Protection Framework, Risk of Harm and MAPPA Thresholds) clearly detailing amongst other things monitoring by hostel staff, curfew times, licence details and the prohibitions in a Sexual Offences Prevention Order. The plan integrated the actions from MAPPA meetings, appropriately referring to the closed section of the case file in relation to actions by other agencies such as the police. In the closed section there were copies of the minutes of MAPPA meetings and a photocopy of the risk management plan which had been updated by including actions that had been carried out by the police which could not be disclosed to the offender. This practice ensured that anyone looking at the case file would be able to see the planning, execution and review of MAPPA meeting actions of all agencies in one place without jeopardising the details of covert activities. The risk management plan was used as a dynamic professional tool which contributed to the effective management of the offender's risk of harm in the community.",
  },
  {
    criterion: 'C2',
    text: 'Some SPOs had developed systems for monitoring case manager practice in an ongoing way, using spreadsheets, checklists, inspection tools, etc. to prompt a thorough checking process. DMs were sharing this good practice and working towards standardising a system which would facilitate good management oversight of casework.',
  },
  {
    criterion: 'C5',
    text: "Jo had been supervising Tim, an offender convicted in relation to the use of internet pornography. Tim had always maintained that he had only accessed this material accidentally and therefore Jo had found limited success in addressing issues of culpability, victims, etc. Encouraged to contact the police High-tech Crime Unit, Jo discovered a very cooperative and helpful police member of staff. They were able quickly to clarify that it would certainly not have been possible for Tim to have accessed the material accidentally. This one seemingly small piece of third-party information subsequently enabled Jo to address Tim's offending behaviour stringently and to review his risk of harm in an informed way.",
  },
];
