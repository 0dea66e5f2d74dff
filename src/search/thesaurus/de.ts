/**
 * German search thesaurus for PIPs and working life. Each line groups words and phrases German
 * readers use for one thing, so a query with one of them also finds questions using another.
 * Regular inflection is the stemmer's job; compounds, their split forms and loanwords are listed.
 */
export default `
pip, performance improvement plan, leistungsverbesserungsplan, verbesserungsplan, leistungsplan
chef, chefin, vorgesetzter, führungskraft, boss, manager, teamleiter
teamleiter, teamleiterin, teamlead, team lead
geschäftsführer, geschäftsführerin, ceo
kollege, kollegin, arbeitskollege, teamkollege
arbeitnehmer, arbeitnehmerin, angestellter, mitarbeiter, mitarbeiterin, beschäftigter
arbeitgeber, firma, unternehmen, betrieb
hr, personalabteilung, personalwesen, human resources, hr-abteilung, personalbereich
personaler, personalerin, personalreferent, personalreferentin, hr-manager, hr business partner
betriebsrat, arbeitnehmervertretung, personalrat, mitarbeitervertretung
gewerkschaft, verdi, ig metall
mitarbeitergespräch, jahresgespräch, jahresendgespräch, beurteilungsgespräch, entwicklungsgespräch, performance review
leistungsbeurteilung, mitarbeiterbeurteilung, beurteilung, leistungsbewertung, performance review
rating, einstufung, bewertung, leistungsstufe
stack ranking, forced ranking, zwangsverteilung
leistung, performance, arbeitsleistung
minderleistung, schlechtleistung, underperformance, leistungsmangel, low performer, underperformer, leistungsschwacher mitarbeiter
feedback, rückmeldung
kritik, negatives feedback, kritikpunkt
ziel, zielvorgabe, zielsetzung, target
zielvereinbarung, zielvereinbarungsgespräch, zielgespräch
unrealistische ziele, unerreichbare ziele, unerfüllbare vorgaben
okr, objectives and key results
kpi, kennzahl, leistungskennzahl, key performance indicator
abmahnung, abgemahnt, ermahnung, verwarnung
probezeit, probephase
beweis, nachweis, beleg, beweismittel
gesprächsprotokoll, gedächtnisprotokoll, protokoll, gesprächsnotiz, mitschrift
personalakte, mitarbeiterakte
meeting, besprechung, sitzung
einzelgespräch, vier-augen-gespräch, one-on-one, jour fixe
kündigung, entlassung, rauswurf, rausschmiss, gefeuert, rausgeworfen, feuern
fristlose kündigung, außerordentliche kündigung, fristlos gekündigt
ordentliche kündigung, fristgerechte kündigung
betriebsbedingte kündigung, stellenstreichung, stelle gestrichen, wegfall des arbeitsplatzes
stellenabbau, personalabbau, arbeitsplatzabbau, entlassungswelle, massenentlassung, layoff
kündigungsschutz, kündigungsschutzgesetz, kschg
kündigungsschutzklage, klage gegen kündigung
arbeitsgericht, arbeitsgerichtsverfahren, arbeitsrechtsstreit
kündigungsfrist, notice period
freistellung, freigestellt, garden leave
trennungsgespräch, kündigungsgespräch
eigenkündigung, arbeitnehmerkündigung, kündigung einreichen, job kündigen
abfindung, abfindungszahlung, abfindungssumme, severance
aufhebungsvertrag, auflösungsvertrag, aufhebungsvereinbarung, abwicklungsvertrag, trennungsvereinbarung
arbeitslosengeld, alg, arbeitslosenunterstützung, stempelgeld
sperrzeit, alg-sperre
arbeitsagentur, agentur für arbeit, arbeitsamt
arbeitslos, erwerbslos, beschäftigungslos
gehalt, lohn, vergütung, bezahlung, entgelt, verdienst
gehaltserhöhung, lohnerhöhung, gehaltsanpassung
gehaltsverhandlung, gehaltsgespräch, lohnverhandlung
bonus, prämie, bonuszahlung, variable vergütung
gehaltsabrechnung, lohnabrechnung, lohnzettel, gehaltszettel
rsu, restricted stock units, mitarbeiteraktien, aktienzuteilung
betriebsrente, betriebliche altersvorsorge, bav, firmenrente, direktversicherung
rente, altersrente, pension, ruhestand
krankenversicherung, krankenkasse
urlaub, jahresurlaub, urlaubstage, erholungsurlaub, ferien
resturlaub, urlaubsabgeltung, offene urlaubstage
krankschreibung, krankmeldung, krankgeschrieben, arbeitsunfähigkeitsbescheinigung, au-bescheinigung, gelber schein, attest, krankenstand
lohnfortzahlung, entgeltfortzahlung, krankengeld
bem, betriebliches eingliederungsmanagement
wiedereingliederung, hamburger modell, stufenweise wiedereingliederung
elternzeit, erziehungsurlaub, babypause
mutterschutz, mutterschaftsurlaub
schwangerschaft, schwanger
visum, visa, arbeitsvisum
arbeitserlaubnis, arbeitsgenehmigung, beschäftigungserlaubnis
aufenthaltstitel, aufenthaltserlaubnis, aufenthaltsgenehmigung
blaue karte, blue card
stress, druck, leistungsdruck
überlastung, arbeitsüberlastung, überarbeitung
burnout, ausgebrannt, erschöpfungsdepression
angst, angstzustände, angststörung
depression, depressiv, depressive verstimmung
psychische gesundheit, mentale gesundheit, mental health, seelische gesundheit
therapie, psychotherapie, therapeut
mobbing, gemobbt, schikane, schikaniert, bossing, bullying
belästigung, belästigt, sexuelle belästigung
toxisch, toxisches arbeitsumfeld, vergiftetes arbeitsklima
betriebsklima, arbeitsklima, arbeitsatmosphäre
homeoffice, home office, remote, remote-arbeit, mobiles arbeiten, telearbeit, von zuhause arbeiten
büropflicht, präsenzpflicht, rückkehr ins büro, return to office, rto
vorstellungsgespräch, bewerbungsgespräch, jobinterview
jobsuche, stellensuche, arbeitssuche, neuen job suchen
lebenslauf, cv, vita, curriculum vitae
anschreiben, bewerbungsschreiben, motivationsschreiben
stellenanzeige, stellenausschreibung, stellenangebot, jobanzeige
jobangebot, jobzusage, vertragsangebot
recruiter, headhunter, personalvermittler
arbeitszeugnis, zeugnis, zwischenzeugnis, endzeugnis, qualifiziertes arbeitszeugnis
zeugnissprache, zeugniscode, zeugnisformulierungen
referenz, referenzcheck, referenzauskunft, empfehlungsschreiben
anwalt, anwältin, rechtsanwalt, rechtsanwältin
fachanwalt für arbeitsrecht, anwalt für arbeitsrecht, arbeitsrechtler, arbeitsrechtsanwalt, anwalt
rechtsschutzversicherung, rechtsschutz, arbeitsrechtsschutz
befristeter vertrag, befristung, zeitvertrag
unbefristeter vertrag, unbefristet, festanstellung, feste stelle
freelancer, freiberufler, freier mitarbeiter, selbstständig, selbständig
diskriminierung, benachteiligung, ungleichbehandlung, diskriminiert, benachteiligt
altersdiskriminierung, diskriminierung wegen alters
schwerbehinderung, schwerbehindert, schwerbehindertenausweis
repressalien, vergeltung, vergeltungsmaßnahme, maßregelung, racheakt
whistleblower, hinweisgeber, whistleblowing, hinweisgeberschutz
beschwerde, beschweren, beschwerdeverfahren
onboarding, einarbeitung
weiterbildung, fortbildung, schulung, training
coaching, coach
mentor, mentorin, mentoring
beförderung, befördert, aufstieg, promotion
degradierung, degradiert, herabstufung, zurückgestuft, demotion
versetzung, versetzt, interner wechsel, teamwechsel
karriere, laufbahn, berufsweg
job, stelle, arbeitsplatz, anstellung
austrittsgespräch, exitgespräch, exit interview
outplacement, outplacementberatung, newplacement
verschwiegenheitserklärung, geheimhaltungsvereinbarung, verschwiegenheitspflicht, nda
mikromanagement, micromanagement
`;
