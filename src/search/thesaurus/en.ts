/**
 * The built-in English thesaurus for the library's own subject (PIPs, reviews, leaving a job, pay
 * and leave, visas, stress, job search, employment law), applied to every bundle. Each line is one
 * group of words and phrases readers type for the same thing, so searching any of them finds the
 * others. Other forms of a word (plurals, -ing, -ed) are left to the stemmer.
 */
export default `
pip, performance improvement plan, performance plan, improvement plan, performance action plan, capability plan, capability procedure
informal pip, soft pip, pre-pip, coaching plan, focus plan
30-day pip, 30 day pip, thirty day pip, one month pip
60-day pip, 60 day pip, sixty day pip, two month pip
90-day pip, 90 day pip, ninety day pip, three month pip
pass the pip, survive the pip, beat the pip, successfully complete the pip
sign the pip, acknowledge the pip, acknowledge receipt, acknowledgment, signature
manager, boss, supervisor, line manager, team lead, team leader, direct manager, reporting manager, people manager, superior
skip-level, skip level manager, manager's manager, boss's boss, second-level manager, grand boss
new manager, new boss, manager change, change of manager
upper management, senior management, senior leadership, higher-ups, leadership team, executive, exec
colleague, coworker, peer, teammate, team member, workmate
direct report, subordinate, reportee
hr, human resources, people team, people ops, people operations, hr department, hr team, personnel department
hr rep, hr representative, hr business partner, hrbp, hr partner, people partner
performance review, review, appraisal, performance appraisal, evaluation, performance evaluation, performance assessment
annual review, year-end review, yearly review, end-of-year review
self-review, self-assessment, self-evaluation, self-appraisal
360 review, 360 feedback, 360-degree feedback, multi-rater feedback
review cycle, performance cycle, review period, review season
rating, performance rating, performance score, review score
exceeds expectations, above expectations, exceeds
meets expectations, met expectations, fully meets
below expectations, needs improvement, improvement needed, partially meets, unsatisfactory
calibration, calibration meeting, calibration session, talent review
stack ranking, forced ranking, forced distribution, rank and yank, bell curve
feedback, constructive feedback, constructive criticism
criticism, critique, negative feedback, harsh feedback
praise, recognition, kudos, shout-out, positive feedback
goal, objective, target
okr, objectives and key results, key result
kpi, key performance indicator, performance metric, metric
unrealistic goals, impossible goals, unachievable goals, unattainable goals
moving the goalposts, shifting goalposts, changing goals
set up to fail, setup to fail, designed to fail, meant to fail, rigged
expectation, requirement, success criteria, exit criteria
deadline, due date, cutoff date
productivity, output, throughput, velocity
mistake, error, blunder, screw up, screw-up, mess up, slip-up
poor performance, underperformance, low performance, performance issue, performance problem, performance concern, bottom performer
high performer, top performer, star performer, rockstar
brag document, brag doc, brag sheet, hype doc
behavior, behaviour, conduct, demeanor, demeanour
culture fit, poor fit, bad fit
workload, too much work, overloaded, overworked, heavy workload
overtime, extra hours, long hours, working late, after hours
work-life balance, work life balance, wlb
attendance, absenteeism, attendance record
job abandonment, no-call no-show, ncns, absconding
warning, reprimand, disciplinary warning, formal warning
written warning, warning letter, write-up, written up, write up
verbal warning, oral warning, verbal counseling
final warning, final written warning, last warning
disciplinary action, discipline, disciplinary process, disciplinary procedure, corrective action
misconduct, gross misconduct, serious misconduct, wrongdoing
termination for cause, fired for cause, dismissal for cause, for-cause termination
without cause, no-fault termination
at-will, at-will employment, at-will state
probation, probationary period, probation period, trial period, introductory period
documentation, paper trail, written record
evidence, proof, paper trail
cya, cover yourself, cover your back, protect yourself
follow-up email, recap email, summary email, written recap
recording, audio recording, secret recording
one-on-one, one on one, 1-on-1, 1:1
check-in, check-in meeting, weekly check-in, weekly sync, progress meeting, status meeting
calendar invite, meeting invite, meeting request
email, email thread
message, dm, direct message, chat message, slack message, instant message, slack
monitoring, surveillance, employee monitoring, tracking software, bossware
fired, terminated, let go, dismissed, sacked, canned, axed, discharged, shown the door
termination meeting, firing meeting, termination call
wrongful termination, wrongful dismissal, unfair dismissal, illegal firing
constructive dismissal, constructive discharge, forced to resign
managed out, pushed out, forced out, eased out
quiet firing, silent firing, soft firing, frozen out
laid off, lay off, layoff, redundancy, made redundant, reduction in force, rif, downsizing, job cuts, workforce reduction, headcount reduction
voluntary separation, buyout, voluntary redundancy, voluntary exit, voluntary severance
restructuring, reorg, reorganization, reorganisation
resign, quit, hand in notice, give notice, put in notice, walk away, leave voluntarily
resign in lieu, resign before fired, quit before fired
two weeks notice, 2 weeks notice
walk out, rage quit, quit on the spot, storm out
quiet quitting, bare minimum, coasting, acting your wage
departure, exit, part ways, leave the company
job loss, lose my job, lost my job, out of work, unemployed, jobless, between jobs
notice period, period of notice, contractual notice
payment in lieu, pay in lieu, pilon, notice pay, termination pay
garden leave, paid leave during notice
last day, final day, last working day, termination date, separation date, leaving date
final paycheck, last paycheck, final pay, final wages
offboarding, exit process, leaving process
exit interview, exit survey, exit conversation
locked out, access revoked, access removed, lost access
severance, severance pay, severance package, exit package, separation package, payout
separation agreement, severance agreement, settlement agreement, compromise agreement, release agreement
release of claims, general release, waiver of claims, waive claims, release agreement
take the severance, take the package, take the money, accept severance, accept the package
mutual separation, mutual agreement to leave, mutually agreed departure, negotiated exit
full and final, full and final settlement, fnf settlement, final settlement
relieving letter, experience letter, relieving certificate, service letter
outplacement, outplacement services, career transition services, career transition support
non-disparagement, non-disparagement clause, disparagement clause
nda, non-disclosure agreement, confidentiality agreement, confidentiality clause
non-compete, non-compete clause, non-compete agreement, restrictive covenant
clawback, claw back, repayment clause, pay back
unemployment benefits, unemployment insurance, unemployment compensation, jobless benefits, unemployment, employment insurance, jobseeker's allowance, dole
eligible for rehire, rehire eligibility, boomerang
do-not-rehire, ineligible for rehire, no-rehire list
salary, pay, wage, compensation, comp, earnings, remuneration, income
total compensation, total comp, tc, compensation package, total rewards
ote, on-target earnings, on target earnings
pay cut, salary reduction, salary cut, pay reduction, reduced pay, wage cut
demotion, downgrade, down-level, lower grade
bonus, incentive, incentive pay, annual bonus, performance bonus, variable pay, bonus payout
signing bonus, sign-on bonus, joining bonus
raise, pay raise, pay rise, pay increase, salary increase, salary bump, merit increase, merit raise
promotion, promo, level up, career advancement, advancement
equity, stock, company stock, stock grant, equity grant
rsu, restricted stock, restricted stock unit
stock option, share option, employee stock option
vesting, vesting schedule, vest date
cliff, vesting cliff, one-year cliff, 1-year cliff
401(k), 401k, retirement plan, retirement account, retirement savings, 403(b), 403b
pension, pension plan, workplace pension, retirement plan
health insurance, medical insurance, health coverage, medical coverage, health plan, health benefits, medical benefits
cobra, cobra coverage, continuation coverage, cobra insurance
benefits, employee benefits, benefits package, perks
pto, paid time off, vacation, holiday, annual leave, time off, vacation days, vacation time, days off
pto payout, vacation payout, unused pto, unused vacation, accrued vacation, accrued pto
sick day, sick time, sick leave, calling in sick
medical leave, sick leave, medical leave of absence, health leave
leave of absence, loa, extended leave, time away
stress leave, mental health leave, burnout leave, stress-related leave
short-term disability, short term disability, disability leave, disability benefits
fmla, family medical leave, family medical leave act, fmla leave, job-protected leave
maternity leave, mat leave, parental leave
paternity leave, pat leave, parental leave
pregnant, pregnancy, having a baby, expecting a baby
bereavement leave, compassionate leave, funeral leave
unpaid leave, leave without pay, lwop
doctor's note, medical note, sick note, fit note, medical certificate
medical condition, health condition, illness, health issue, health problem
reasonable accommodation, accommodation, reasonable adjustment, workplace accommodation, ada accommodation
ada, americans with disabilities act
adhd, attention deficit, attention deficit disorder
visa, work visa, work permit, work authorization, employment authorization, ead
h-1b, h-1b visa, specialty occupation visa
h-1b transfer, visa transfer, transfer petition
h-4, h-4 visa, dependent visa, spousal visa
opt, stem opt, optional practical training
skilled worker visa, tier 2 visa, tier-2 visa
green card, permanent residency, lawful permanent resident
visa sponsorship, sponsorship, sponsor, visa sponsor
immigration status, visa status, work status, immigration
grace period, 60-day grace period, 60 day grace period, sixty day grace period
out of status, fall out of status, status violation, unlawful presence
deportation, removal proceedings
immigration lawyer, immigration attorney
stress, stressed out, under pressure, overwhelmed, stretched thin
anxiety, anxious, worry, nervous, dread
scared, afraid, fear, frightened, terrified
panic, panic attack, panicking
burnout, burnt out, burn out, exhaustion, worn out, drained, running on empty
depression, low mood, feeling down, feeling low, hopeless
mental health, wellbeing, emotional health, mental wellbeing
can't sleep, insomnia, sleepless, trouble sleeping, losing sleep, sleepless nights
therapist, therapy, counselor, counsellor, counseling, psychologist, mental health professional
eap, employee assistance program, employee assistance programme, employee assistance
nervous breakdown, mental breakdown, breaking down
suicidal thoughts, suicidal, thoughts of suicide, want to die
crisis line, crisis hotline, suicide hotline, helpline, 988
imposter syndrome, impostor syndrome, self-doubt, feel like a fraud
embarrassed, ashamed, humiliated, shame
confidence, self-esteem, self-confidence, self-worth
toxic workplace, toxic environment, toxic culture, toxic team, toxic
hostile work environment, hostile workplace, hostile environment
bullying, intimidation, belittling
singled out, treated differently, unfairly targeted
micromanagement, breathing down my neck
gaslighting, gaslit, gas lighting
scapegoat, thrown under the bus, throw under the bus, blamed, fall guy
favoritism, favouritism, playing favorites, playing favourites
conflict, friction, clash, tension, personality clash
badmouth, disparage, trash talk, speak ill of
lie, lying, lied, dishonest, untruthful
false accusations, false allegations, false claims, fabricated claims
inaccurate, untrue, incorrect, factually wrong, misrepresented, mischaracterized
unfair, unjust, unjustified, undeserved, unwarranted
remote, work from home, wfh, telework, remote work, working remotely, telecommute, home office
hybrid, hybrid work, hybrid schedule, split week
return to office, rto, office mandate, back to the office, return-to-office, in-office mandate
interview, job interview
job search, job hunt, looking for work, looking for a job, job seeking, applying for jobs
new job, next job, another job, new role, next role, new position
career change, career switch, career pivot, change careers, switching careers
recruiter, headhunter, talent acquisition, recruitment agency, talent partner
hiring manager, hiring team
resume, cv, curriculum vitae
employment gap, resume gap, career gap, gap in employment, work gap
reason for leaving, reason for departure, explain leaving
reference, job reference, referee, reference check, employment reference
letter of recommendation, recommendation letter, reference letter
background check, background screening, employment verification, verification of employment
linkedin, linkedin profile
open to work, open-to-work, green banner
job offer, offer letter, employment offer, written offer
negotiate, bargain, haggle
rebuttal, rebut, written response, formal response, response letter
dispute, contest, push back, pushback, disagree
raise a concern, voice concerns, speak up, flag an issue
lawyer, attorney, solicitor, employment lawyer, employment attorney, labor lawyer, legal counsel, legal advice
lawsuit, sue, legal action, litigation, court case, take them to court
employment tribunal, tribunal, tribunal claim, et1
acas, early conciliation, acas early conciliation
eeoc, equal employment opportunity commission, eeoc charge, charge of discrimination
department of labor, labor department, dol, labor board, labour board, labor commissioner
protected conversation, without prejudice, without prejudice conversation, off-the-record conversation
confidential, off the record
discrimination, bias, prejudice, discriminatory, unequal treatment
age discrimination, ageism, age bias, ageist
racism, racial discrimination, race discrimination, racist
sexism, gender discrimination, sex discrimination, sexist
pregnancy discrimination, maternity discrimination
protected class, protected characteristic, protected category, protected group
retaliation, retaliatory, reprisal, victimisation, victimization, punished for reporting, punished for complaining
whistleblowing, blowing the whistle, protected disclosure, reporting wrongdoing
harassment, harrassment, harassing behavior, harassing behaviour
sexual harassment, sexual misconduct, unwanted advances, inappropriate touching
complaint, grievance, formal complaint, formal grievance, hr complaint
investigation, hr investigation, internal investigation, inquiry, probe
union, trade union, labor union, labour union
union rep, union representative, shop steward, workplace rep, staff rep
works council, staff council, employee council, betriebsrat
right to be accompanied, companion, support person, bring a colleague
employment contract, employment agreement, contract of employment, work contract
employee handbook, handbook, staff handbook, company handbook, policy manual
personnel file, employee file, hr file, personnel records
dsar, subject access request, data subject access request, sar
software engineer, software developer, engineer, developer, programmer, coder, swe, sde
senior, experienced, seasoned, senior-level
tenure, years of service, length of service, time at the company
junior, entry level, entry-level, early career, junior engineer
new grad, new graduate, recent graduate, recent grad, graduate, fresher, first job, college hire
intern, internship, co-op, summer intern, placement student
contractor, contract worker, independent contractor, freelancer, 1099 worker, contingent worker
individual contributor, ic, non-manager, ic role
new hire, new employee, new starter, recently hired
onboarding, ramp-up, ramp up, ramp period, getting up to speed
job level, job grade, pay grade, pay band, salary band
internal transfer, internal move, internal mobility, switch teams, change teams, team transfer
coaching, mentoring, mentorship, career coach
development plan, growth plan, individual development plan, idp, career development plan, personal development plan, pdp
career path, career progression, career growth, career trajectory, career development
`;
