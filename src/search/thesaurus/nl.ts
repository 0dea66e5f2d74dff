/**
 * Dutch search thesaurus for PIPs and working life, with the usual words of the Netherlands and
 * Flanders. Each line groups words and phrases readers use for one thing, so a query with one of
 * them also finds questions using another. Regular inflection is the stemmer's job.
 */
export default `
pip, performance improvement plan, verbetertraject, verbeterplan
leidinggevende, direct leidinggevende, manager, baas, chef, teamleider
teamleider, teamleidster, teamlead, team lead
directeur, algemeen directeur, ceo, directie
collega, teamgenoot, teamlid
werknemer, medewerker, personeelslid
werkgever, bedrijf, onderneming, firma
hr, hrm, personeelszaken, personeelsafdeling, hr-afdeling, human resources, personeelsdienst
hr-adviseur, hr-manager, hr business partner, personeelsadviseur, hrbp
ondernemingsraad, personeelsvertegenwoordiging, werknemersvertegenwoordiging
vakbond, fnv, cnv, acv, abvv
vakbondsafgevaardigde, vakbondsvertegenwoordiger, syndicale delegatie
functioneringsgesprek, beoordelingsgesprek, jaargesprek, evaluatiegesprek, eindejaarsgesprek, performance review
beoordeling, evaluatie, prestatiebeoordeling, jaarbeoordeling
functioneren, prestatie, performance, presteren
disfunctioneren, onvoldoende functioneren, slecht functioneren, ondermaats presteren, d-grond, underperformance
feedback, terugkoppeling
kritiek, negatieve feedback, kritiekpunt
doel, doelstelling, target
onhaalbare doelen, onrealistische doelen, onhaalbare targets, onmogelijke doelen
okr, objectives and key results
kpi, prestatie-indicator, kritieke prestatie-indicator
waarschuwing, schriftelijke waarschuwing, officiële waarschuwing, berisping
laatste waarschuwing, laatste kans, ultimatum
schorsing, geschorst, op non-actief, non-actiefstelling
vrijgesteld van werk, vrijstelling van werkzaamheden, garden leave
proeftijd, proefperiode
bewijs, bewijsmateriaal
dossiervorming, dossier opbouwen, dossier aanleggen, dossier
verslag, gespreksverslag, notulen, gespreksnotitie
vergadering, overleg, meeting, bespreking
one-on-one, 1-op-1, één-op-één, bila
ontslag, ontslaan, eruit gegooid, op straat gezet
ontslag op staande voet, op staande voet, dringende reden, onmiddellijk ontslag
ontslagvergunning, ontslagprocedure uwv, uwv-procedure
kantonrechter, arbeidsrechtbank, arbeidsrechter
ontbinding, ontbindingsverzoek, ontbindingsprocedure
boventallig, bedrijfseconomisch ontslag, bedrijfseconomische redenen, functie vervalt, vervallen functie
massaontslag, collectief ontslag, ontslaggolf, layoff
opzegtermijn, opzeggingstermijn, opzegperiode
slechtnieuwsgesprek, slecht nieuws gesprek, ontslaggesprek
ontslag nemen, baan opzeggen, eigen ontslag
transitievergoeding, ontslagvergoeding, vertrekvergoeding, gouden handdruk, ontslagpremie
opzeggingsvergoeding, opzegvergoeding, verbrekingsvergoeding, ontslagvergoeding
vaststellingsovereenkomst, vso, beëindigingsovereenkomst, wederzijds goedvinden, minnelijke regeling
ww-uitkering, ww, werkloosheidsuitkering, werkloosheidswet, werkloosheidsvergoeding, stempelgeld
uwv, vdab, rva
werkloos, werkzoekende
verwijtbaar werkloos, verwijtbaarheid
salaris, loon, wedde, beloning
loonsverhoging, salarisverhoging, opslag, loonsopslag
bonus, prestatiebonus, variabele beloning, variabel loon
pensioen, pensioenregeling, pensioenopbouw, pensioenfonds
zorgverzekering, ziektekostenverzekering, hospitalisatieverzekering, ziekenfonds, zorgverzekeraar
vakantie, vakantiedagen, verlofdagen, vrije dagen, verlof
ziekmelding, ziek melden, ziekgemeld, ziek thuis, ziekteverlof, ziektebriefje, doktersbriefje, medisch attest
verzuim, ziekteverzuim, absenteïsme
bedrijfsarts, arbo-arts, arbodienst, arbeidsarts
re-integratie, re-integratietraject, tweede spoor
arbeidsongeschikt, wia, wia-uitkering, wga, invaliditeit
ouderschapsverlof, ouderverlof, parental leave
zwangerschapsverlof, bevallingsverlof, moederschapsverlof, moederschapsrust
geboorteverlof, vaderschapsverlof, partnerverlof, kraamverlof, aanvullend geboorteverlof
zwanger, zwangerschap
visum, visa, werkvisum
verblijfsvergunning, verblijfsdocument, verblijfskaart
werkvergunning, tewerkstellingsvergunning, twv, arbeidskaart, gecombineerde vergunning
kennismigrant, kennismigrantenregeling, highly skilled migrant
stress, werkstress, gestrest, spanning
werkdruk, overbelasting, overwerkt
burnout, opgebrand, overspannen, uitputting
angst, angstklachten, angststoornis, angstig
depressie, depressief, somberheid
mentale gezondheid, psychische gezondheid, geestelijke gezondheid, mental health
psycholoog, therapeut, psychotherapeut
vertrouwenspersoon, vertrouwensadviseur, preventieadviseur
pesten, gepest, pesterijen, pestgedrag, mobbing, bullying
grensoverschrijdend gedrag, ongewenst gedrag, ongewenste omgangsvormen, intimidatie
seksuele intimidatie, ongewenste intimiteiten, seksueel grensoverschrijdend gedrag
toxisch, toxische werkomgeving, toxische werksfeer, giftige werksfeer
werksfeer, werkklimaat, sfeer op het werk, teamsfeer
zijspoor, buitenspel gezet, uitgerangeerd
thuiswerken, thuis werken, remote werken, op afstand werken, telewerk, remote
terug naar kantoor, terugkeer naar kantoor, kantoorplicht, return to office
sollicitatiegesprek, jobinterview, interview
solliciteren, sollicitatie, werk zoeken, baan zoeken, job zoeken
cv, curriculum vitae, curriculum
sollicitatiebrief, motivatiebrief, begeleidende brief, cover letter
vacature, openstaande functie, openstaande vacature
baanaanbod, jobaanbod, contractvoorstel, job offer
recruiter, headhunter, wervingsbureau, werving en selectie
outplacement, outplacementtraject, van werk naar werk, vwnw
referentie, referentiecheck, aanbevelingsbrief, aanbeveling
advocaat, arbeidsrechtadvocaat, advocaat arbeidsrecht, arbeidsrechtspecialist, arbeidsrechtjurist
rechtsbijstand, rechtsbijstandverzekering, rechtsbijstandsverzekering, juridisch loket
arbeidsovereenkomst, arbeidscontract, dienstverband
vast contract, contract voor onbepaalde tijd, vaste aanstelling, vast dienstverband
tijdelijk contract, contract voor bepaalde tijd, jaarcontract
contractverlenging, verlenging contract, niet-verlenging
zzp, zzp'er, freelancer, zelfstandige, zelfstandige zonder personeel
discriminatie, ongelijke behandeling, gediscrimineerd, benadeeld
leeftijdsdiscriminatie, discriminatie op leeftijd
handicap, beperking, arbeidsbeperking, functiebeperking
represailles, vergelding, benadeling, vergeldingsmaatregel
klokkenluider, whistleblower, klokkenluiden, klokkenluidersregeling
klacht, klachtenprocedure, klachtenregeling, beklag
bezwaar, bezwaar maken, bezwaarschrift
weerwoord, schriftelijke reactie
promotie, bevordering, doorgroeien, hogere functie
degradatie, gedegradeerd, demotie, terugzetting in functie, lagere functie
overplaatsing, overgeplaatst, interne overstap, interne mobiliteit
herplaatsing, herplaatsingsmogelijkheden, passende functie
loopbaan, carrière
baan, job, betrekking
micromanagement, betutteling
conflict, arbeidsconflict, ruzie, onenigheid, meningsverschil
exitgesprek, exit interview, vertrekgesprek
coaching, coach, loopbaancoach
`;
