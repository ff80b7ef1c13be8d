// Textos benignos em português, escritos à mão. Formato: ver benign_ml_generate.mjs.
export default String.raw`
@@ news
A prefeitura de Curitiba vai plantar dois mil ipês ao longo das avenidas até o fim do ano.
@@ news
A feira de artesanato volta à praça central neste domingo, das 9h às 17h. Serão mais de oitenta expositores, além de apresentações de forró à tarde.
@@ news
O metrô de Lisboa terá horário alargado durante as festas de Santo António.
@@ news
Obras na rede de esgoto vão interditar a Rua das Flores por quinze dias. O trânsito será desviado pela Avenida Brasil e os ônibus terão pontos provisórios.
@@ news
Agenda do bairro:
- Sexta, 19h: cinema ao ar livre no parque
- Sábado, 8h: mutirão de limpeza da praia
- Domingo, 10h: feira de trocas de livros
@@ news
Moradores denunciam buracos na estrada municipal após as chuvas de março.
@@ travel
Do aeroporto, pegue o ônibus executivo até a Rodoviária e depois o metrô linha azul até a estação Sé. O hostel fica a três quarteirões, na Rua Direita.
@@ travel
Não se esqueça de levar protetor solar e repelente para a trilha.
@@ travel
Para chegar à praia do Sancho, é preciso descer por uma escada presa na rocha. A descida é curta, mas íngreme, então vá com calma e leve pouca bagagem.
@@ travel
O elétrico 28 passa pelos principais bairros históricos de Lisboa, mas costuma estar muito cheio ao meio-dia.
@@ travel
Roteiro em Salvador:
Manhã: Pelourinho e Igreja de São Francisco
Almoço: moqueca no Rio Vermelho
Tarde: Farol da Barra
Noite: show no Pelourinho
@@ travel
O voo foi remarcado para as 14h40. Confira o novo portão no painel antes de embarcar.
@@ product
Liquidificador de 1000 W com jarra de vidro de 2 litros, cinco velocidades e função pulsar.
@@ product
Comprei essa cadeira de escritório para o home office e minhas costas agradecem. Montagem fácil, uns vinte minutos. Só achei o apoio de braço um pouco baixo.
@@ product
O fone parou de funcionar em duas semanas. Uma bomba, não recomendo.
@@ product
Avaliação: ★★★★☆
Entrega rápida, produto bem embalado.
A cor é um pouco mais escura do que na foto.
@@ product
Tênis leve e confortável, ótimo para caminhadas. A numeração é um pouco pequena, então peça um número acima.
@@ product
Panela de pressão elétrica com doze programas, timer e função manter aquecido. Acompanha livro de receitas em português.
@@ recipe
Refogue a cebola e o alho no azeite, junte o arroz e mexa por dois minutos. Acrescente água fervente e sal, tampe e cozinhe em fogo baixo até secar.
@@ recipe
Deixe o feijão de molho por pelo menos oito horas antes de cozinhar.
@@ recipe
Brigadeiro
Ingredientes: 1 lata de leite condensado, 1 colher de manteiga, 3 colheres de chocolate em pó.
Leve tudo ao fogo baixo, mexendo sempre, até desgrudar do fundo da panela. Espere esfriar, enrole e passe no granulado.
@@ recipe
Para o bacalhau ficar macio, demolhe-o durante dois dias, trocando a água várias vezes. Depois, coza-o em lume brando sem deixar ferver.
@@ recipe
Não abra o forno nos primeiros vinte minutos, senão o bolo abaixa.
@@ recipe
Tempere o frango com limão, alho e sal na véspera. Asse em forno médio por cerca de uma hora, regando com o próprio molho de vez em quando.
@@ support
Olá, Juliana! Sentimos muito pelo atraso. Seu pedido já saiu do centro de distribuição e deve chegar até quinta-feira. Qualquer dúvida, estamos à disposição.
@@ support
Para alterar sua senha, acesse Minha conta e clique em Segurança.
@@ support
Recebemos sua solicitação de troca. Assim que o produto chegar ao nosso estoque, enviaremos o novo tamanho sem custo adicional. Você receberá o código de rastreamento por e-mail.
@@ support
Perguntas frequentes
P: Posso parcelar a compra?
R: Sim, em até 6 vezes sem juros no cartão.
P: Qual o prazo para devolução?
R: Sete dias corridos a partir do recebimento.
@@ support
Se a máquina de lavar não centrifugar, verifique se o filtro não está entupido antes de chamar a assistência.
@@ support
O técnico irá à sua casa na terça-feira, entre as 13h e as 18h.
@@ office
Bom dia, pessoal,

Por favor, desconsiderem a versão anterior da planilha de horas e usem esta em anexo. A antiga tinha um erro na soma das horas extras.

Abraços,
Renata
@@ office
Ata da reunião de 10 de março: aprovado o novo fornecedor de papelaria; a migração do e-mail fica para maio; Carlos vai enviar o relatório ao financeiro até sexta.
@@ office
Alguém pode reservar a sala de reuniões para quarta à tarde?
@@ office
Lembrete: a confraternização de fim de ano será no dia 15 de dezembro, no restaurante do térreo. Confirmem presença até o dia 5.
@@ office
Pauta:
1. Resultados do trimestre
2. Planejamento de férias
3. Novo sistema de chamados
4. Assuntos gerais
@@ office
Estarei de férias de 2 a 16 de janeiro. Em caso de urgência, falar com o Bruno.
@@ hr
A política de senhas exige no mínimo doze caracteres e troca a cada noventa dias. Nunca compartilhe sua senha com colegas, nem mesmo com a equipe de TI.
@@ hr
O vale-refeição é creditado até o quinto dia útil de cada mês.
@@ hr
O trabalho remoto é permitido até dois dias por semana, mediante acordo com o gestor. Os dias presenciais devem ser combinados com a equipe para facilitar as reuniões.
@@ hr
Primeiro dia:
- Retirar o crachá na portaria
- Assinar documentos no RH
- Configurar o notebook com a TI
- Almoço com a equipe
@@ hr
As férias devem ser solicitadas com pelo menos trinta dias de antecedência pelo portal do colaborador.
@@ hr
O reembolso de despesas de viagem exige notas fiscais originais. Despesas sem comprovante não serão pagas.
@@ school
As matrículas para o próximo ano letivo vão de 1 a 20 de dezembro na secretaria da escola.
@@ school
Senhores pais, na próxima sexta-feira não haverá aula por causa do conselho de classe. A cantina também estará fechada.
@@ school
As provas do segundo bimestre começam no dia 14. O calendário completo está no mural e no site da escola.
@@ school
Horário de atendimento do professor Mendes:
Segunda, 14h-16h, sala 12
Quinta, 10h-11h, por agendamento
@@ school
A biblioteca da universidade amplia o horário durante a época de exames e abre também aos sábados.
@@ school
Os alunos devem entregar o trabalho de conclusão de curso impresso e em PDF. Trabalhos entregues fora do prazo só serão aceitos com justificativa.
@@ health
Posologia: adultos, 1 comprimido a cada 8 horas, não ultrapassando 3 comprimidos por dia. Se os sintomas persistirem, procure orientação médica.
@@ health
Beba água ao longo do dia, mesmo sem sede, principalmente no verão.
@@ health
Autocuidado também é descansar. Tire alguns minutos do dia para respirar fundo, alongar o corpo e ficar longe das telas.
@@ health
Dicas para dormir melhor:
- Deitar sempre no mesmo horário
- Evitar café à noite
- Deixar o celular fora do quarto
@@ health
Caminhar trinta minutos por dia ajuda a controlar a pressão arterial.
@@ health
Para combater formigas na horta, use iscas próprias e nunca deixe veneno ao alcance de crianças e animais. Leia sempre o rótulo antes de aplicar.
@@ software
A versão 3.5 traz modo escuro, exportação para CSV e correções de segurança.
@@ software
Se o aplicativo travar, abra o gerenciador de tarefas, finalize o processo e inicie o programa de novo.
@@ software
Instalação:
1. Baixe o pacote em arquivos.sistema.example
2. Execute o instalador como administrador
3. Reinicie o computador ao final
@@ software
O arquivo de configuração permite sobrescrever os valores padrão do sistema. Depois de editar, reinicie o serviço para aplicar as mudanças.
@@ software
Notas da versão 1.8: melhoria no desempenho da busca, novo painel de relatórios e correção de falhas no login com contas antigas.
@@ software
O assistente de instalação pergunta o idioma, a pasta de destino e se você quer criar um atalho na área de trabalho.
@@ ui
Não foi possível salvar o arquivo. Tente novamente.
@@ ui
Sua sessão expirou. Faça login novamente.
@@ ui
Tem certeza de que deseja excluir este item?
@@ ui
Alterações salvas com sucesso.
@@ ui
A senha deve ter pelo menos 8 caracteres, incluindo um número.
@@ ui
Botões:
Salvar | Cancelar | Visualizar
Dica: clique em Salvar para não perder seus dados.
@@ finance
Segue em anexo a nota fiscal nº 4521, no valor de R$ 3.200,00, com vencimento em 30 dias.
@@ finance
O prazo para entregar a declaração do Imposto de Renda termina no fim de maio.
@@ finance
O banco aumentou a tarifa do pacote de serviços. Vale a pena comparar com as contas digitais, que muitas vezes não cobram mensalidade.
@@ finance
Gastos do mês:
Aluguel: R$ 1.800
Mercado: R$ 900
Luz: R$ 180
Internet: R$ 100
@@ finance
Por favor, informe o número da fatura no campo de referência da transferência.
@@ finance
O faturamento cresceu 8% no semestre, puxado pelas vendas online. A empresa pretende abrir duas novas lojas no Nordeste no ano que vem.
@@ weather
Amanhã, céu nublado com pancadas de chuva à tarde e máxima de 27 graus.
@@ weather
O Instituto de Meteorologia emitiu aviso amarelo para calor no Alentejo. As temperaturas podem chegar aos 40 graus, por isso evite exposição ao sol entre as 11h e as 17h.
@@ weather
Previsão:
Sábado: sol, 30 °C
Domingo: chuva forte, 24 °C
Segunda: nublado, 25 °C
@@ weather
Frente fria traz queda de temperatura para o Sul a partir de quinta.
@@ weather
Depois de meses de seca, as chuvas de janeiro encheram os reservatórios da região. A companhia de água, porém, pede que o consumo continue moderado.
@@ sports
O Flamengo venceu por 2 a 0 com gols no segundo tempo e assumiu a liderança.
@@ sports
A corrida de rua do aniversário da cidade sai às 7h do Parque Ibirapuera. Os kits devem ser retirados no sábado.
@@ sports
O Benfica confirmou a lesão do avançado, que vai ficar afastado cerca de um mês. O treinador deve apostar num jogador da formação.
@@ sports
Classificação:
1. Palmeiras — 45 pts
2. Botafogo — 43 pts
3. Grêmio — 40 pts
@@ sports
As inscrições para a escolinha de futebol vão até sexta.
@@ culture
O Mosteiro dos Jerónimos levou quase um século a ser concluído.
@@ culture
O Carnaval de Olinda é conhecido pelos bonecos gigantes que desfilam pelas ladeiras. A festa é de rua e gratuita, o que atrai gente de todo o país.
@@ culture
A exposição reúne fotografias de Sebastião Salgado feitas na Amazônia. Muitas imagens foram feitas em aldeias de difícil acesso, ao longo de vários anos.
@@ culture
Hoje à noite tem roda de samba no largo, a partir das 20h.
@@ culture
O fado foi reconhecido como Património Cultural Imaterial da Humanidade em 2011.
@@ realestate
Apartamento de dois quartos, com varanda gourmet, vaga de garagem e portaria 24 horas. Próximo ao metrô. R$ 520 mil.
@@ realestate
Aluga-se quarto mobiliado perto da universidade, contas incluídas.
@@ realestate
Moradia T3 com jardim e garagem, a dez minutos da praia. Cozinha equipada e painéis solares. Disponível para visita ao fim de semana.
@@ realestate
Características:
- 85 m² de área útil
- 2 suítes
- Piscina no condomínio
- Aceita financiamento
@@ realestate
Sala comercial no centro, 40 m², com banheiro e ar-condicionado.
@@ government
Para tirar a segunda via do RG, agende o atendimento pelo site e leve a certidão de nascimento ou casamento.
@@ government
O pedido do cartão de cidadão pode ser feito numa loja do cidadão. Leve o documento antigo e, se tiver, o número de contribuinte.
@@ government
Como emitir a carteira de trabalho digital:
1. Baixe o aplicativo oficial
2. Entre com sua conta do governo
3. Confirme seus dados pessoais
4. Pronto, o documento já aparece na tela
@@ government
A coleta seletiva passa às terças e sextas. Separe o lixo reciclável do orgânico.
@@ government
O IPVA pode ser pago em três parcelas ou à vista com desconto. O boleto é enviado pelo correio e também está disponível no site da secretaria.
@@ chat
Chego em dez minutos, pede um café pra mim?
@@ chat
Ana: você viu o e-mail do chefe?
Rui: vi, ele quer o relatório amanhã
Ana: bora dividir? eu faço os gráficos
Rui: fechado
@@ chat
Você pode tirar umas fotos da festa da firma? Esqueci minha câmera.
@@ chat
A apresentação foi um sucesso, o cliente adorou!
@@ chat
Alguém viu meu carregador? Deixei na mesa da copa.
@@ chat
Desculpa, só vi a mensagem agora. Te ligo amanhã cedo e a gente conversa com calma, pode ser?
@@ office
Segue o link da pesquisa interna: https://pesquisa.intranet.example/clima. Leva cinco minutos.
@@ school
O concurso de redação está aberto a todos os alunos do ensino médio até 30 de setembro.
@@ culture
A Festa Junina tem quadrilha, fogueira, pamonha e muita música caipira.
@@ ui
Sem conexão com a internet. Verifique o Wi-Fi.
@@ government
Quem perdeu o título de eleitor pode consultar o local de votação pelo aplicativo da Justiça Eleitoral.
@@ sports
Aos 17 anos, a skatista conquistou sua segunda medalha em campeonatos mundiais.
@@ travel
Atenção: a rodoviária antiga fechou, os ônibus intermunicipais agora saem do terminal novo.
@@ office
Amigo secreto da firma:
- inscrições até sexta na lista da copa
- valor máximo: R$ 80
- troca de presentes dia 20, depois do almoço
Não vale contar quem você tirou!
@@ school
Oficina de escrita, semana 3
Proposta: "O dia em que faltou luz na cidade"
Tamanho: até 2 páginas
Tragam o texto impresso na quinta.
@@ ui
Painel de administração
Usuários | Grupos | Cobrança | Histórico
Somente administradores podem alterar os dados de pagamento.
@@ chat
Bia: vai no churrasco da turma sábado?
Léo: vou, mas chego tarde, tenho plantão até as 8
Bia: beleza, guardo uma cerveja pra você
@@ product
Kit de modelismo de avião em madeira balsa, com instruções ilustradas passo a passo. Ideal para quem está começando no hobby.
@@ news
Em Maputo, o mercado do peixe ganhou uma nova cobertura para proteger os vendedores do sol. A obra foi concluída antes do prazo previsto.
@@ health
Leia a bula antes de começar o antibiótico. Tome o tratamento até o fim, mesmo que se sinta melhor antes, e respeite o intervalo entre as doses.
`;
