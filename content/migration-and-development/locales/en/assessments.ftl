## Pre-test
pre-test = Pre-test
    .instructions = Answer without preparing: the pre-test shows what you already know. Your score does not count towards the certificate.
pre-remit-target = By 2030, under SDG target 10.c, the average transaction cost of migrant remittances should be less than what percentage of the amount sent?
    .unit = %
pre-remit-cost = Which elements make up the total cost of sending a remittance? Select all that apply.
pre-remit-cost_fee = the fee charged by the provider
pre-remit-cost_fx-margin = the exchange-rate margin
pre-remit-cost_income-tax = the income tax of the recipient
pre-remit-cost_customs = customs duty on the transfer
pre-remit-oda = Worldwide, remittances to low- and middle-income countries are larger than official development assistance.
pre-diaspora-def = Which description best fits the term "diaspora"?
pre-diaspora-def_ties = emigrants and their descendants who keep ties with the country of origin
pre-diaspora-def_tourists = foreign tourists who visit the country regularly
pre-diaspora-def_foreigners = foreigners with permanent residence in the country
pre-diaspora-def_refugees-only = only refugees who fled the country during a war
pre-diaspora-mapping = What is the main purpose of diaspora mapping?
pre-diaspora-mapping_knowledge = to know where the diaspora lives, what it does and what it could offer
pre-diaspora-mapping_control = to monitor emigrants for security reasons
pre-diaspora-mapping_taxation = to collect taxes from emigrants
pre-circular = Which description best fits circular migration?
pre-circular_repeated = repeated, legal movement between the country of origin and the country of destination
pre-circular_permanent = a single, permanent move to another country
pre-circular_irregular = repeated irregular crossings of the same border
pre-brain-terms = Match each situation with the concept it illustrates.
pre-brain-terms_loss = Skilled people whose education was paid for at home leave to work abroad
pre-brain-terms_return-skills = A returning engineer brings new skills and contacts home
pre-brain-terms_underuse = A trained nurse works abroad as a cleaner because her diploma is not recognised
pre-brain-terms_drain = brain drain
pre-brain-terms_gain = brain gain
pre-brain-terms_waste = brain waste
pre-wb-regulation = Which country has a special "Western Balkans regulation" for access to its labour market?
pre-wb-regulation_germany = Germany
pre-wb-regulation_italy = Italy
pre-wb-regulation_sweden = Sweden
pre-wb-regulation_croatia = Croatia
pre-employer-pays = Under the employer pays principle, workers should not pay recruitment fees.
pre-sdg-target = Which SDG target calls for orderly, safe, regular and responsible migration through planned and well-managed migration policies? Write its number (for example 4.1).
pre-mainstream-order = Put the steps of mainstreaming migration into development planning in order.
pre-mainstream-order_evidence = Build the evidence (migration profile)
pre-mainstream-order_links = Identify the sectors affected by migration
pre-mainstream-order_measures = Set measures and indicators in the plan
pre-mainstream-order_budget = Budget and implement the measures
pre-mainstream-order_monitor = Monitor and evaluate
pre-profile = What is a migration profile?
pre-profile_evidence = a regular report that brings together data on migration and its effects, as an evidence base for policy
pre-profile_passport = a personal file on each migrant kept by the border police
pre-profile_risk-list = a list of countries of origin considered high-risk

## Module quiz: remittances and the diaspora
quiz-remittances-diaspora = Quiz: remittances and the diaspora
    .instructions =
        { $questions ->
            [one] One question
           *[other] { $questions } questions
        } on this module. You need { $pass }% to pass and have { $attempts ->
            [one] one attempt
           *[other] { $attempts } attempts
        }.
rd-channel = Which channel is usually the cheapest way to send a remittance?
    .feedback = Digital transfers into an account usually cost less than cash collected at an agent.
rd-channel_digital = a digital transfer from account to account through a licensed provider
rd-channel_cash-agent = cash paid in and collected at an agent
rd-channel_courier = cash carried by a bus driver
    .feedback = Informal carriage may look cheap, but offers no receipt and no protection.
rd-gcm = Objective 20 of the Global Compact for Safe, Orderly and Regular Migration is about faster, safer and cheaper remittances and the financial inclusion of migrants.
    .if-true = Correct.
    .if-false = It is true: Objective 20 deals with remittances and financial inclusion.
rd-cost = A migrant sends EUR 200. The fee is EUR 5 and the exchange-rate margin costs another EUR 3. What is the total cost as a percentage of the amount sent?
    .unit = %
    .feedback = (5 + 3) / 200 = 4%: below the 5% corridor ceiling, but above the 3% average target.
rd-barriers = Which measures lower the barriers to diaspora investment and return? Select all that apply.
rd-barriers_one-stop = a one-stop information point for investors
rd-barriers_recognition = recognition of qualifications obtained abroad
rd-barriers_pensions = portability of pensions and social security
rd-barriers_renounce = requiring returnees to renounce their foreign citizenship
    .feedback = Such a requirement would discourage return rather than encourage it.
rd-institution = In which country is the Central State Office for Croats Abroad responsible for relations with the diaspora?
rd-institution_croatia = Croatia
rd-institution_north-macedonia = North Macedonia
rd-institution_albania = Albania

## Module quiz: labour mobility and skills
quiz-mobility = Quiz: labour mobility and skills
    .instructions =
        { $questions ->
            [one] One question
           *[other] { $questions } questions
        } on this module. You need { $pass }% to pass and have { $attempts ->
            [one] one attempt
           *[other] { $attempts } attempts
        }.
mo-schemes = Match each labour migration route with the destination country.
mo-schemes_wb-regulation = Western Balkans regulation
mo-schemes_rwr-card = Red-White-Red Card
mo-schemes_bilateral = Bilateral employment agreements with Bosnia and Herzegovina and with Serbia
mo-schemes_germany = Germany
mo-schemes_austria = Austria
mo-schemes_slovenia = Slovenia
mo-schemes_sweden = Sweden
mo-quota = Since June 2024, up to how many approvals a year are possible under Germany's Western Balkans regulation?
    .feedback = The annual limit was doubled from 25 000 to 50 000.
mo-circular = Circular migration means a single permanent move to the country of destination.
    .if-true = Not quite: circular migration is repeated, legal movement back and forth.
    .if-false = Correct: circular migration is repeated, legal movement back and forth.
mo-who-code = What does the WHO Global Code of Practice on the International Recruitment of Health Personnel ask of destination countries?
mo-who-code_ethical = to recruit ethically and support health workforce training in countries of origin
mo-who-code_ban = to ban all health workers from third countries
mo-who-code_quota = to admit health workers only under a fixed global quota
mo-agreement = What should a good bilateral labour migration agreement contain? Select all that apply.
mo-agreement_equal-pay = equal treatment with nationals in pay and working conditions
mo-agreement_social-security = coordination of social security
mo-agreement_pre-departure = pre-departure information and a contract in a language the worker understands
mo-agreement_lifetime-tie = a ban on ever changing employer
    .feedback = Tying a worker to one employer for good increases the risk of exploitation.

## Module quiz: migration in development policy
quiz-policy = Quiz: migration in development policy
    .instructions =
        { $questions ->
            [one] One question
           *[other] { $questions } questions
        } on this module. You need { $pass }% to pass and have { $attempts ->
            [one] one attempt
           *[other] { $attempts } attempts
        }.
po-indicators = Match each indicator of SDG target 10.7 with what it measures.
po-indicators_i1 = 10.7.1
po-indicators_i2 = 10.7.2
po-indicators_i3 = 10.7.3
po-indicators_i4 = 10.7.4
po-indicators_recruitment-cost = recruitment cost borne by the employee as a share of monthly income
po-indicators_policies = countries with well-managed migration policies
po-indicators_deaths = people who died or disappeared in the process of migration
po-indicators_refugees = proportion of the population who are refugees
po-sources = Which are typical data sources for a migration profile? Select all that apply.
po-sources_border = border crossing statistics
po-sources_permits = residence and work permits issued to foreigners
po-sources_asylum = asylum applications and decisions
po-sources_census = population censuses and labour force surveys
po-sources_rumours = unverified posts on social media
po-sectors = Mainstreaming migration means taking migration into account in sectors such as employment, education and health, not only in border policy.
    .if-true = Correct: this is the whole-of-government approach.
    .if-false = It is true: mainstreaming is a whole-of-government approach.
po-serbia-profile = Which institution coordinates the annual Migration Profile of the Republic of Serbia?
po-serbia-profile_commissariat = the Commissariat for Refugees and Migration
po-serbia-profile_statistics = the Statistical Office
po-serbia-profile_central-bank = the National Bank
po-disaggregation = SDG target 17.18 calls for data disaggregated by several characteristics. Which of these does it name?
po-disaggregation_migratory-status = migratory status
po-disaggregation_religion = religion
po-disaggregation_party = political party membership

## Final assessment
final = Final assessment
    .instructions =
        { $questions ->
            [one] One question
           *[other] { $questions } questions
        } on the whole course. You need { $pass }% to pass and have { $attempts ->
            [one] one attempt
           *[other] { $attempts } attempts
        } of { $minutes ->
            [one] one minute
           *[other] { $minutes } minutes
        } each.
fin-cost-calc = A worker in Germany sends EUR 200 to Bosnia and Herzegovina. The fee is EUR 7 and the exchange-rate margin costs another EUR 5. What is the total cost as a percentage of the amount sent?
    .unit = %
    .feedback = (7 + 5) / 200 = 6%: above the 5% ceiling that SDG target 10.c sets for any corridor.
fin-informal = What is the main problem with sending money in cash through a bus driver?
fin-informal_protection = the sender has no receipt and no consumer protection, and the money stays outside the financial system
fin-informal_cheaper-always = it is always more expensive than a bank transfer
fin-informal_illegal-everywhere = it is a criminal offence in every country of the region
fin-institutions = Match each country with the institution responsible for relations with its diaspora.
fin-institutions_croatia = Croatia
fin-institutions_serbia = Serbia
fin-institutions_north-macedonia = North Macedonia
fin-institutions_bosnia = Bosnia and Herzegovina
fin-institutions_hr-office = Central State Office for Croats Abroad
fin-institutions_rs-administration = Administration for Cooperation with the Diaspora and Serbs in the Region
fin-institutions_mk-agency = Agency for Emigration
fin-institutions_ba-ministry = Ministry for Human Rights and Refugees
fin-diaspora-step = A municipality wants to attract diaspora investment. What should it do first?
fin-diaspora-step_mapping = map its diaspora: where people live, what they do and what they could offer
fin-diaspora-step_bond = issue a municipal diaspora bond
fin-diaspora-step_advert = buy advertising abroad
fin-brain-waste = A trained nurse who works abroad as a cleaner because her diploma has not been recognised is an example of brain waste.
fin-circular = What makes circular migration schemes work? Select all that apply.
fin-circular_re-entry = the right to come back to the destination country under the scheme
fin-circular_portability = portability of pensions and social security
fin-circular_recognition = recognition of skills acquired abroad
fin-circular_passport-kept = the employer keeps the worker's passport
fin-circular_ten-years = an obligation to stay abroad for at least ten years
fin-wbr-order = Put the steps of taking up work in Germany under the Western Balkans regulation in order.
fin-wbr-order_offer = A German employer makes a concrete job offer
fin-wbr-order_approval = The Federal Employment Agency approves the job
fin-wbr-order_visa = The German mission issues a work visa
fin-wbr-order_work = The worker enters Germany and starts work
fin-red-flags = Which are red flags of recruitment fraud or trafficking for labour exploitation? Select all that apply.
fin-red-flags_high-fee = the worker paid a high fee to the agency
fin-red-flags_passport = someone else is to keep the worker's passport
fin-red-flags_language = the contract is in a language the worker does not understand
fin-red-flags_registered = the contract was signed before departure and registered with the public employment service
fin-mgi = Which international organisation developed the Migration Governance Indicators? Write its abbreviation.
fin-security-only = In a national development strategy, migration belongs only in the chapter on security.
    .if-true = No: migration affects employment, education, health, finance and local development.
    .if-false = Correct: migration must be mainstreamed across sectors.
fin-recruitment-indicator = SDG indicator 10.7.1 measures the recruitment cost borne by the worker as a proportion of…
fin-recruitment-indicator_monthly-income = the monthly income earned in the country of destination
fin-recruitment-indicator_gdp = the GDP of the country of origin
fin-recruitment-indicator_remittances = the remittances sent in a year
