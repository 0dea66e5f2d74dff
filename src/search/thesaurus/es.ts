/**
 * Spanish search thesaurus for PIPs and working life, with the usual words of Spain and Latin
 * America. Each line groups words and phrases readers use for one thing, so a query with one of
 * them also finds questions using another. Regular inflection is the stemmer's job.
 */
export default `
pip, performance improvement plan, plan de mejora, plan de mejora individual, mejora del desempeño, mejora del rendimiento
jefe, superior directo, superior jerárquico, supervisor, mánager, encargado, gerente, patrón
jefe de equipo, líder de equipo, team leader
director general, consejero delegado, gerente general, ceo
compañero, colega, compañero de trabajo
empleado, trabajador, asalariado, colaborador
empleador, empresa, compañía
rrhh, rr hh, recursos humanos, departamento de personal, talento humano, gestión humana
responsable de rrhh, técnico de rrhh, director de recursos humanos, hrbp
comité de empresa, delegado de personal, representante de los trabajadores
sindicato, organización sindical, ccoo, ugt
delegado sindical, representante sindical
evaluación de desempeño, evaluación anual, revisión de desempeño, evaluación del rendimiento, performance review
entrevista de evaluación, reunión de evaluación, entrevista anual, evaluación anual
calificación, puntuación, rating
desempeño, rendimiento, performance
bajo rendimiento, bajo desempeño, rendimiento insuficiente, underperformance
feedback, retroalimentación
crítica, reproche, crítica negativa
objetivo, meta, target
objetivos inalcanzables, objetivos irreales, metas imposibles, metas inalcanzables
okr, objectives and key results
kpi, indicador de desempeño, indicador clave, indicador de rendimiento
amonestación, advertencia, apercibimiento, llamada de atención, carta de amonestación
sanción, sanción disciplinaria, expediente disciplinario, medida disciplinaria
suspensión de empleo, suspensión de sueldo, suspensión disciplinaria
periodo de prueba, periodo probatorio
evidencia, justificante, comprobante, prueba documental
dejar constancia, constancia escrita, registro escrito
acta, acta de reunión, minuta, resumen de reunión
expediente personal, expediente laboral, legajo
reunión, junta, meeting
reunión individual, one-on-one, one to one
despido, despedido, echar, desvinculación
despido improcedente, despido injustificado, despido injusto, despido arbitrario
despido disciplinario, despido justificado, despido por faltas
despido objetivo, despido por causas objetivas, despido económico
ere, despido colectivo, despidos masivos, recorte de plantilla, reducción de plantilla, layoff
amortización del puesto, eliminación del puesto, puesto eliminado
carta de despido, notificación de despido, comunicación de despido
preaviso, plazo de preaviso, aviso previo
finiquito, liquidación, saldo y finiquito
dimisión, dimitir, renuncia, baja voluntaria, renuncia voluntaria
indemnización, indemnización por despido, indemnización por cese, severance
mutuo acuerdo, acuerdo de salida, salida pactada, baja pactada, despido pactado
conciliación, acto de conciliación, papeleta de conciliación, smac
demanda laboral, demanda por despido, juicio laboral, reclamación laboral
juzgado de lo social, juzgado laboral, tribunal laboral
paro, prestación por desempleo, subsidio por desempleo, seguro de desempleo, seguro de cesantía
sepe, inem, oficina de empleo, servicio público de empleo
desempleado, parado, desocupado
salario, sueldo, remuneración, retribución, paga
nómina, recibo de nómina, recibo de sueldo
aumento de sueldo, subida salarial, aumento salarial, subida de sueldo, aumento
bonus, bono, incentivo, bonificación, retribución variable
rsu, acciones restringidas
jubilación, retiro, pensión de jubilación
plan de pensiones, fondo de pensiones, afp, pensión
seguro médico, seguro de salud, seguro privado, obra social
seguridad social, imss
vacaciones, días de vacaciones, descanso vacacional
vacaciones pendientes, días pendientes, vacaciones acumuladas
baja médica, baja por enfermedad, incapacidad temporal, licencia médica, licencia por enfermedad, parte de baja, estar de baja, incapacidad laboral
médico de empresa, médico del trabajo, medicina del trabajo, salud laboral
baja por maternidad, permiso de maternidad, licencia de maternidad
baja por paternidad, permiso de paternidad, licencia de paternidad
permiso por nacimiento, baja por nacimiento
excedencia, excedencia voluntaria, excedencia por cuidado
visado, visado de trabajo
permiso de trabajo, autorización de trabajo
permiso de residencia, tarjeta de residencia
estrés, presión, estrés laboral
sobrecarga de trabajo, sobrecarga laboral, exceso de trabajo, demasiado trabajo
burnout, síndrome del trabajador quemado, agotamiento, quemado, desgaste profesional
ansiedad, angustia, ansioso
depresión, deprimido
salud mental, bienestar emocional, salud psicológica
psicólogo, terapeuta, psicoterapeuta
acoso laboral, acoso, mobbing, hostigamiento, hostigamiento laboral, bullying
acoso sexual, hostigamiento sexual
hacer el vacío, ninguneo, ningunear, aislamiento laboral
ambiente tóxico, ambiente laboral tóxico, entorno tóxico, tóxico
clima laboral, ambiente de trabajo, ambiente laboral
teletrabajo, trabajo remoto, remoto, home office, trabajo a distancia, trabajar desde casa
vuelta a la oficina, regreso a la oficina, retorno a la oficina, presencialidad, trabajo presencial
entrevista de trabajo, entrevista laboral, entrevista de selección, entrevista de empleo
búsqueda de empleo, buscar trabajo, buscar empleo, búsqueda de trabajo
cv, currículum, currículo, curriculum vitae, hoja de vida
carta de presentación, carta de motivación
vacante, puesto vacante, oferta de empleo, anuncio de empleo
oferta de trabajo, oferta laboral, propuesta de trabajo, propuesta laboral
reclutador, headhunter, cazatalentos, consultora de selección
cambio de trabajo, cambio de empleo
outplacement, recolocación
referencia, referencia laboral, carta de recomendación, recomendación
certificado laboral, certificado de trabajo, constancia laboral, constancia de trabajo
abogado, letrado
abogado laboralista, laboralista, abogado del trabajo
inspección de trabajo, inspector de trabajo, inspección laboral
derecho laboral, derecho del trabajo, legislación laboral, ley laboral
convenio colectivo, convenio, contrato colectivo
contrato indefinido, contrato fijo, contrato permanente
contrato temporal, contrato eventual, contrato de duración determinada
autónomo, freelance, trabajador independiente, por cuenta propia
discriminación, trato desigual, desigualdad de trato
edadismo, edaísmo, discriminación por edad
discapacidad, diversidad funcional, minusvalía
represalias, retaliación, garantía de indemnidad
queja, reclamación, queja formal
canal de denuncias, canal ético, denuncia interna
denunciante, whistleblower, informante
ascenso, ascender, promoción
degradación, descenso de categoría, bajada de categoría
traslado, movilidad interna, cambio de puesto, cambio de equipo
carrera, carrera profesional, trayectoria profesional
puesto de trabajo, curro, chamba, laburo
coaching, coach
microgestión, micromanagement, micromanejo
entrevista de salida, exit interview
`;
