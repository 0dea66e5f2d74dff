/**
 * Portuguese search thesaurus for PIPs and working life, with the usual words of Brazil and
 * Portugal. Each line groups words and phrases readers use for one thing, so a query with one of
 * them also finds questions using another. Regular inflection is the stemmer's job.
 */
export default `
pip, performance improvement plan, plano de melhoria, melhoria de desempenho, plano de performance
chefe, gestor, gerente, superior hierárquico, supervisor, líder, patrão, manager
líder de equipe, team leader, coordenador
ceo, diretor-geral, diretor geral, presidente executivo
colega, colega de trabalho, companheiro de trabalho, colega de equipe
funcionário, colaborador, trabalhador
empresa, companhia, entidade patronal
rh, recursos humanos, departamento de pessoal, gestão de pessoas
analista de rh, gestor de rh, técnico de rh, business partner, hrbp
sindicato, organização sindical
comissão de trabalhadores, representante dos trabalhadores, representante dos empregados, delegado sindical
avaliação de desempenho, avaliação anual, revisão de desempenho, avaliação de performance, performance review
classificação, rating, nota de desempenho, pontuação
desempenho, performance, rendimento
baixo desempenho, mau desempenho, desempenho insatisfatório, baixa performance, underperformance
feedback, devolutiva
crítica, feedback negativo
meta, objetivo, alvo
metas inatingíveis, metas irreais, objetivos irrealistas, metas impossíveis
okr, objectives and key results
kpi, indicador de desempenho, indicador-chave, indicador chave de desempenho
advertência, advertência escrita, repreensão, chamada de atenção
suspensão, suspensão disciplinar
processo disciplinar, procedimento disciplinar, sanção disciplinar, medida disciplinar
período de experiência, período experimental, período probatório, contrato de experiência
prova, evidência, comprovante
registro escrito, registo escrito
ata, ata de reunião, acta, resumo da reunião
reunião, meeting, encontro
one-on-one, one on one, reunião individual, conversa individual
demissão, demitido, despedimento, mandado embora, desligamento, dispensado
demissão por justa causa, justa causa, despedimento por justa causa
despedimento ilícito, despedimento ilegal, demissão ilegal, demissão injusta
layoff, demissão em massa, demissão coletiva, despedimento coletivo, corte de pessoal, redução de quadro, passaralho
reestruturação, reorganização
extinção do posto, extinção do cargo, cargo extinto, posto extinto
aviso prévio, pré-aviso, prazo de aviso prévio
rescisão, rescisão contratual, rescisão do contrato, cessação do contrato
verbas rescisórias, acerto de contas, acerto rescisório
pedido de demissão, pedir as contas, demitir-se, sair da empresa
abandono de emprego, abandono de trabalho
indenização, indemnização, compensação por despedimento, indenização por demissão, severance
multa do fgts, multa de 40, multa rescisória
fgts, fundo de garantia, saque do fgts
acordo de rescisão, demissão por acordo, demissão consensual, rescisão por acordo, comum acordo, mútuo acordo, revogação por mútuo acordo
pdv, programa de demissão voluntária, plano de demissão voluntária, programa de desligamento voluntário
processo trabalhista, ação trabalhista, reclamação trabalhista, reclamatória trabalhista
justiça do trabalho, tribunal do trabalho, vara do trabalho
seguro-desemprego, seguro desemprego, subsídio de desemprego, fundo de desemprego
iefp, centro de emprego, instituto do emprego
desempregado, desocupado
salário, ordenado, remuneração
holerite, contracheque, recibo de vencimento, recibo de salário
aumento, aumento salarial, aumento de salário, reajuste salarial
bônus, prêmio, bonificação, remuneração variável
aposentadoria, pensão de reforma, pensão de velhice
previdência privada, previdência complementar, plano de previdência, fundo de pensão
inss, previdência social, segurança social
plano de saúde, seguro de saúde, convênio médico, assistência médica
férias, dias de férias, período de férias
férias vencidas, férias acumuladas, férias pendentes
atestado médico, atestado, baixa médica, licença médica, baixa por doença, estar de baixa, certificado de incapacidade
afastamento, auxílio-doença, auxílio por incapacidade, subsídio de doença
medicina do trabalho, médico do trabalho, saúde ocupacional, medicina ocupacional
estabilidade, estabilidade provisória, garantia de emprego
licença-maternidade, licença maternidade
licença-paternidade, licença paternidade
licença parental, licença parental inicial
gravidez, grávida, gestante
autorização de trabalho, permissão de trabalho, visto de trabalho
autorização de residência, título de residência, cartão de residência
estresse, stress, pressão
sobrecarga de trabalho, excesso de trabalho, carga de trabalho excessiva, sobrecarregado
burnout, esgotamento, esgotamento profissional, síndrome de burnout, exaustão
ansiedade, ansioso, angústia
depressão, deprimido
saúde mental, bem-estar emocional, saúde psicológica
psicólogo, terapeuta, psicoterapeuta
assédio moral, assédio, mobbing, bullying, perseguição
assédio sexual, importunação sexual
geladeira, colocado na geladeira, deixado de lado, esvaziamento de funções
ambiente tóxico, ambiente de trabalho tóxico, tóxico, gestão tóxica
clima organizacional, ambiente de trabalho, clima da empresa
home office, teletrabalho, trabalho remoto, remoto, trabalho a distância, trabalhar de casa
volta ao escritório, retorno ao escritório, regresso ao escritório, trabalho presencial, presencial
entrevista de emprego, entrevista de trabalho
processo seletivo, processo de seleção
procurar emprego, busca de emprego, procurar trabalho, recolocação
currículo, cv, curriculum, curriculum vitae
carta de apresentação, carta de motivação
vaga, vaga de emprego, oferta de emprego, anúncio de vaga
proposta de emprego, proposta de trabalho, oferta de trabalho
recrutador, headhunter, caça-talentos
outplacement, transição de carreira, recolocação
treinamento, capacitação, formação, formação profissional
carta de referência, referência, carta de recomendação, recomendação
certificado de trabalho, declaração de trabalho, declaração de emprego
carteira assinada, clt, registro em carteira, emprego formal
freelancer, autônomo, trabalhador independente, recibos verdes
advogado trabalhista, advogado laboral, advogado
inspeção do trabalho, fiscalização do trabalho, auditor fiscal do trabalho, ministério do trabalho
direito do trabalho, legislação trabalhista, leis trabalhistas, código do trabalho, clt
convenção coletiva, acordo coletivo, contrato coletivo
discriminação, tratamento desigual, desigualdade de tratamento
etarismo, idadismo, discriminação por idade, discriminação etária
deficiência, pcd, pessoa com deficiência
retaliação, represália, perseguição
canal de denúncias, canal de ética, linha ética
whistleblower, denunciante, informante
reclamação, queixa, queixar-se
promoção, promovido, ascensão, subir de cargo
rebaixamento, despromoção, rebaixamento de cargo
transferência, transferência interna, mobilidade interna, mudança de área, mudança de equipe
carreira, trajetória profissional, percurso profissional
emprego, cargo, posto de trabalho, trampo
coaching, coach
microgestão, micromanagement, microgerenciamento
entrevista de desligamento, entrevista de saída, exit interview
`;
