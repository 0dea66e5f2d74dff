/**
 * Italian search thesaurus for PIPs and working life. Each line groups words and phrases Italian
 * readers use for one thing, so a query with one of them also finds questions using another.
 * Regular inflection is the stemmer's job; set phrases, acronyms and loanwords are listed.
 */
export default `
pip, performance improvement plan, piano di miglioramento, miglioramento delle prestazioni, piano di miglioramento individuale
capo, superiore diretto, superiore gerarchico, responsabile diretto, manager, boss, capoufficio
team leader, caposquadra, capo team, responsabile di team
amministratore delegato, ceo
collega, compagno di lavoro
dipendente, lavoratore
datore di lavoro, azienda, società, ditta
hr, risorse umane, ufficio del personale, ufficio risorse umane, direzione del personale
responsabile hr, responsabile del personale, hr manager, hrbp, hr business partner
rsu, rsa, rappresentanza sindacale, delegato sindacale
sindacato, sigla sindacale, cgil, cisl, uil
valutazione delle prestazioni, valutazione della performance, valutazione annuale, performance review, revisione delle prestazioni
colloquio di valutazione, colloquio annuale, incontro di valutazione
rating, punteggio, voto
prestazioni, performance, rendimento, prestazione lavorativa
scarso rendimento, basso rendimento, scarse prestazioni, rendimento insufficiente, underperformance
feedback, riscontro
critica, rimprovero, feedback negativo
obiettivo, target, traguardo
obiettivi irrealistici, obiettivi irraggiungibili, obiettivi impossibili
okr, objectives and key results
kpi, indicatore di performance, indicatore chiave
richiamo, richiamo scritto, ammonizione, rimprovero scritto, lettera di richiamo, avvertimento
contestazione disciplinare, procedimento disciplinare, provvedimento disciplinare, sanzione disciplinare, lettera di contestazione
sospensione, sospensione disciplinare
periodo di prova, patto di prova
evidenza, elementi di prova, prova documentale
traccia scritta, tenere traccia
verbale di riunione, verbale dell'incontro, resoconto, minuta
riunione, meeting, incontro
one-to-one, one to one, colloquio individuale, incontro individuale
licenziamento, cacciato, mandato via, mandato a casa, buttato fuori, silurato
giusta causa, licenziamento per giusta causa, licenziamento in tronco
giustificato motivo, giustificato motivo soggettivo, licenziamento disciplinare
giustificato motivo oggettivo, gmo, licenziamento economico, licenziamento per motivi economici
licenziamento illegittimo, licenziamento ingiusto, licenziamento illegale, licenziamento senza motivo
licenziamento collettivo, licenziamenti di massa, esubero, tagli al personale, riduzione del personale, layoff
soppressione del posto, posto soppresso, soppressione della posizione
cassa integrazione, cig, cigs, cassintegrato
preavviso, periodo di preavviso, termine di preavviso
impugnazione, impugnazione del licenziamento, ricorso al giudice
giudice del lavoro, tribunale del lavoro, sezione lavoro
causa di lavoro, vertenza, contenzioso del lavoro
conciliazione, conciliazione sindacale, sede protetta, accordo conciliativo
reintegro, reintegrazione nel posto
dimissioni, dimettersi, dare le dimissioni, dimissioni volontarie, dimissioni online
tfr, trattamento di fine rapporto, liquidazione, buonuscita
buonuscita, incentivo all'esodo, incentivo all'uscita, pacchetto di uscita, severance
risoluzione consensuale, uscita concordata, accordo di uscita, risoluzione concordata
naspi, disoccupazione, indennità di disoccupazione, sussidio di disoccupazione, assegno di disoccupazione, dis-coll
inps, ente previdenziale
centro per l'impiego, cpi, ufficio di collocamento
disoccupato, senza lavoro, inoccupato
stipendio, salario, retribuzione, paga, compenso
busta paga, cedolino, cedolino paga
aumento, aumento di stipendio, aumento salariale, aumento di retribuzione
bonus, premio, premio di produzione, premio di risultato, retribuzione variabile
pensione, andare in pensione, quiescenza
fondo pensione, previdenza complementare, pensione integrativa, previdenza integrativa
assicurazione sanitaria, polizza sanitaria, fondo sanitario, assistenza sanitaria integrativa
ferie, vacanze, giorni di ferie
ferie residue, ferie maturate, ferie arretrate
malattia, certificato di malattia, certificato medico, assenza per malattia, congedo per malattia, mettersi in malattia
comporto, periodo di comporto, superamento del comporto
congedo parentale, maternità facoltativa, congedo facoltativo
congedo di maternità, maternità obbligatoria, astensione obbligatoria, maternità
congedo di paternità, paternità, congedo papà
gravidanza, incinta
permesso di lavoro, autorizzazione al lavoro, nulla osta al lavoro, visto di lavoro
permesso di soggiorno, carta di soggiorno
carta blu, carta blu ue, blue card
stress, pressione, tensione
sovraccarico di lavoro, carico di lavoro eccessivo, troppo lavoro, superlavoro
burnout, esaurimento, esaurimento nervoso, sindrome da burnout
ansia, angoscia, ansioso
depressione, depresso
salute mentale, benessere psicologico, salute psicologica
psicologo, psicoterapeuta, terapeuta
mobbing, bossing, straining, vessazioni, comportamenti vessatori, bullismo
molestie, molestie sessuali
demansionamento, dequalificazione, svuotamento delle mansioni, mansioni inferiori, declassamento
emarginazione, isolamento, messo da parte
ambiente tossico, ambiente di lavoro tossico, tossico
clima aziendale, ambiente di lavoro, clima lavorativo
smart working, lavoro agile, lavoro da remoto, telelavoro, lavoro da casa, remote working, remote
rientro in ufficio, ritorno in ufficio, lavoro in presenza
colloquio di lavoro, colloquio di selezione, colloquio conoscitivo, job interview
ricerca di lavoro, cercare lavoro, cercare un nuovo lavoro
cv, curriculum, curriculum vitae
lettera di presentazione, lettera motivazionale, lettera di motivazione, cover letter
annuncio di lavoro, posizione aperta, posizione vacante, offerta di lavoro
proposta di lavoro, proposta di assunzione, lettera di assunzione, offerta di lavoro
selezionatore, recruiter, headhunter, cacciatore di teste
formazione, corso di formazione, training, aggiornamento professionale
outplacement, ricollocazione
referenze, lettera di referenze, lettera di raccomandazione
certificato di lavoro, certificato di servizio, attestato di servizio
avvocato, studio legale
avvocato del lavoro, giuslavorista, avvocato giuslavorista
ispettorato del lavoro, ispettorato, itl
diritto del lavoro, legislazione del lavoro, normativa sul lavoro
ccnl, contratto collettivo, contratto nazionale, contratto collettivo nazionale
contratto a tempo indeterminato, tempo indeterminato, posto fisso, contratto fisso
contratto a tempo determinato, tempo determinato, contratto a termine
partita iva, freelance, libero professionista, lavoratore autonomo
discriminazione, trattamento discriminatorio, disparità di trattamento
discriminazione per età, ageismo, discriminazione anagrafica
disabilità, invalidità, handicap
ritorsione, rappresaglia, licenziamento ritorsivo, atto ritorsivo, misure ritorsive
whistleblower, segnalante, whistleblowing, segnalazione di illeciti
reclamo, lamentela
promozione, promosso, avanzamento di carriera, passaggio di livello
trasferimento, cambio di ruolo, mobilità interna, cambio di reparto
carriera, percorso professionale, percorso di carriera
impiego, posto di lavoro, occupazione
coaching, coach
micromanagement, microgestione
colloquio di uscita, exit interview, intervista di uscita
`;
