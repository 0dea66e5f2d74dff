/**
 * French search thesaurus for PIPs and working life. Each line groups words and phrases French
 * readers use for one thing, so a query with one of them also finds questions using another.
 * Regular inflection is the stemmer's job; set phrases, acronyms and loanwords are listed.
 */
export default `
pip, performance improvement plan, plan d'amélioration, plan d'amélioration des performances, plan de progrès, plan d'action individuel
manager, chef, cheffe, supérieur hiérarchique, responsable hiérarchique, patron, boss
chef d'équipe, responsable d'équipe, team leader, manager de proximité
pdg, directeur général, dg, ceo
collègue, coéquipier
salarié, employé, collaborateur
employeur, entreprise, société, boîte
rh, ressources humaines, service rh, service du personnel, direction des ressources humaines, drh
drh, responsable rh, chargé rh, rrh, hrbp
cse, comité social et économique, comité d'entreprise
représentant du personnel, délégué du personnel, élu du personnel, élu cse
syndicat, organisation syndicale, cgt, cfdt
délégué syndical, représentant syndical
entretien annuel, entretien d'évaluation, entretien annuel d'évaluation, évaluation annuelle, revue de performance, bilan annuel
évaluation, évaluation des performances, appréciation, notation
notation, rating, note de performance
insuffisance professionnelle, insuffisance de résultats, sous-performance, manque de performance, underperformance
feedback, retour d'information, remarque
critique, reproche, remarque négative
objectif, cible, target, objectif chiffré
objectifs irréalistes, objectifs inatteignables, objectifs irréalisables
okr, objectives and key results
kpi, indicateur de performance, indicateur clé, indicateur clé de performance
avertissement, blâme, rappel à l'ordre, lettre d'avertissement, avertissement écrit
sanction, sanction disciplinaire, procédure disciplinaire, mesure disciplinaire
mise à pied, mise à pied conservatoire, suspension
période d'essai, période probatoire, période de probation
preuve, justificatif, élément de preuve, pièce justificative
trace écrite, preuve écrite, garder une trace
compte rendu, compte-rendu, procès-verbal, notes de réunion
dossier du personnel, dossier individuel
réunion, meeting, rencontre
point individuel, entretien individuel, one-to-one, one-on-one, tête-à-tête
entretien préalable, entretien préalable au licenciement, convocation à entretien préalable
licenciement, renvoi, viré, congédiement, mis à la porte, limogé
licenciement pour faute, licenciement disciplinaire
faute grave, faute lourde
cause réelle et sérieuse, motif réel et sérieux
licenciement abusif, licenciement injustifié, licenciement illégal
licenciement économique, licenciement collectif, plan social, pse, plan de sauvegarde, vague de licenciements
suppression de poste, poste supprimé, suppression d'emploi
préavis, délai de préavis, période de préavis
dispense de préavis, préavis non effectué, garden leave
démission, démissionner, quitter son poste, quitter son emploi
abandon de poste, présomption de démission
indemnité de licenciement, indemnité de départ, indemnité légale, prime de départ, indemnité, severance
transaction, protocole transactionnel, indemnité transactionnelle, accord transactionnel
prud'hommes, conseil de prud'hommes, tribunal du travail
rupture conventionnelle, rupture amiable, départ négocié
départ volontaire, plan de départs volontaires, pdv, rupture conventionnelle collective
chômage, allocation chômage, indemnités chômage, assurance chômage, assurance-emploi
pôle emploi, france travail, assédic
chômeur, demandeur d'emploi, privé d'emploi
attestation employeur, attestation pôle emploi, attestation france travail
solde de tout compte, stc
salaire, rémunération, paie, paye
augmentation, augmentation de salaire, hausse de salaire, revalorisation salariale
prime, bonus, part variable, rémunération variable, prime d'objectifs
actions gratuites, attribution gratuite d'actions, aga, rsu
retraite, pension de retraite, pension
mutuelle, complémentaire santé, mutuelle d'entreprise, assurance santé
sécurité sociale, sécu, assurance maladie, cpam
congés payés, vacances, congé annuel, jours de congé
arrêt maladie, arrêt-maladie, arrêt de travail, congé maladie
indemnités journalières, ij, ijss
médecine du travail, santé au travail
inaptitude, avis d'inaptitude, inapte, licenciement pour inaptitude
congé parental, congé parental d'éducation
congé maternité, maternité
congé paternité, congé de naissance
grossesse, enceinte
visa, visa de travail
permis de travail, autorisation de travail
titre de séjour, carte de séjour, permis de séjour
passeport talent, carte bleue européenne, blue card
stress, pression, charge mentale
surcharge de travail, surmenage, trop de travail, charge de travail excessive
burnout, épuisement professionnel, épuisement, syndrome d'épuisement
anxiété, angoisse, anxieux
dépression, déprime
santé mentale, santé psychologique, bien-être mental
psychologue, psy, thérapeute, psychothérapeute
harcèlement, harcèlement moral, mobbing, intimidation
harcèlement sexuel, agissements sexistes
placardisation, mise au placard
environnement toxique, ambiance toxique, toxique, management toxique
ambiance de travail, climat social, climat de travail
télétravail, travail à distance, remote, full remote, home office, travail à domicile
retour au bureau, retour sur site, retour en présentiel, return to office
entretien d'embauche, entretien de recrutement, entrevue, entretien de sélection
recherche d'emploi, chercher un emploi, chercher du travail, chercher un job
cv, curriculum vitae
lettre de motivation, lettre de présentation
offre d'emploi, annonce d'emploi, poste à pourvoir
promesse d'embauche, proposition d'embauche, proposition de poste
recruteur, chasseur de têtes, cabinet de recrutement
outplacement, cabinet d'outplacement, reclassement externe
référence, lettre de recommandation, recommandation, prise de référence
certificat de travail, attestation de travail, attestation d'emploi
avocat, avocat droit du travail, avocat travailliste, avocat spécialisé
inspection du travail, inspecteur du travail
droit du travail, code du travail, législation du travail
freelance, indépendant, auto-entrepreneur, micro-entrepreneur
discrimination, inégalité de traitement, traitement défavorable, discriminatoire
âgisme, discrimination liée à l'âge
handicap, situation de handicap, travailleur handicapé, rqth
représailles, rétorsion, mesures de rétorsion, mesures de représailles
lanceur d'alerte, lanceuse d'alerte, whistleblower
plainte, réclamation, se plaindre
contestation, recours
promotion, avancement, promu, évolution professionnelle
rétrogradation, déclassement, démotion
mutation, mobilité interne, changement de poste, changement d'équipe
emploi, poste, job, boulot, taf
coaching, coach
micromanagement, microgestion, flicage
entretien de départ, entretien de sortie, exit interview
`;
