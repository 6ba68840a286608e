## Pre-test
pre-test = Pre-test
    .instructions = Answer without preparing: the result only shows what you already know and is compared with your final assessment.
pt-grounds = Which of the following is NOT one of the grounds of persecution in the 1951 Refugee Convention?
pt-grounds_religion = religion
pt-grounds_political-opinion = political opinion
pt-grounds_economic-hardship = economic hardship
pt-grounds_nationality = nationality
pt-protocol = The 1967 Protocol removed the time limitation of the 1951 Refugee Convention.
pt-refugee-agency = Write the abbreviation of the UN agency that supervises the application of the 1951 Refugee Convention.
pt-smuggling = Which element is essential to the offence of smuggling of migrants?
pt-smuggling_illegal-entry-benefit = procuring illegal entry into another state for a financial or other material benefit
pt-smuggling_exploitation = exploitation of the person after arrival
pt-smuggling_coercion = use of force or coercion
pt-gcm-count = How many objectives does the Global Compact for Safe, Orderly and Regular Migration have?
    .unit = objectives
pt-gcm-binding = The Global Compact for Migration is a legally binding treaty.
pt-gcr-objectives = Which of these are objectives of the Global Compact on Refugees? Select all that apply.
pt-gcr-objectives_ease-pressure = ease pressures on host countries
pt-gcr-objectives_self-reliance = enhance refugee self-reliance
pt-gcr-objectives_visa-free = grant refugees visa-free travel
pt-gcr-objectives_third-country = expand access to third-country solutions
pt-pact-acts = Which of these acts belong to the EU Pact on Migration and Asylum? Select all that apply.
pt-pact-acts_screening = Screening Regulation
pt-pact-acts_ammr = Asylum and Migration Management Regulation
pt-pact-acts_eurodac = Eurodac Regulation
pt-pact-acts_blue-card = EU Blue Card Directive
pt-pact-acts_schengen-convention = Convention implementing the Schengen Agreement
pt-timeline = Put these steps of EU asylum law in chronological order.
pt-timeline_dublin-iii = The Dublin III Regulation is adopted
pt-timeline_pact-proposal = The European Commission proposes the Pact on Migration and Asylum
pt-timeline_pact-adoption = The Pact is adopted
pt-timeline_pact-application = Most of the Pact becomes applicable
pt-readmission-scope = Under the EU readmission agreements with the Western Balkan countries, the requested state must readmit…
pt-readmission-scope_own-only = only its own nationals
pt-readmission-scope_own-and-third = its own nationals and, under certain conditions, third-country nationals and stateless persons
pt-readmission-scope_asylum-seekers = only persons whose asylum application was rejected
pt-readmission-asylum = A readmission agreement allows a person to be transferred without examining an asylum application they have made.
pt-bodies = Match each body or process with its description.
pt-bodies_marri = MARRI
pt-bodies_budapest = Budapest Process
pt-bodies_frontex = Frontex
pt-bodies_skopje-centre = regional initiative with a Regional Centre in Skopje
pt-bodies_icmpd-forum = consultative forum of more than 50 governments, with ICMPD as secretariat
pt-bodies_eu-agency = European Border and Coast Guard Agency
pt-bodies_un-agency = UN agency for refugees

## Module 1 quiz
quiz-international = Quiz: the international legal framework
    .instructions =
        { $questions ->
            [one] One question
           *[other] { $questions } questions
        } on the lessons of this module. You need { $pass }% to pass and have { $attempts ->
            [one] one attempt
           *[other] { $attempts } attempts
        }.
q1-grounds = Which of these are grounds of persecution under the 1951 Refugee Convention? Select all that apply.
    .feedback = The five grounds are race, religion, nationality, membership of a particular social group and political opinion.
q1-grounds_religion = religion
q1-grounds_social-group = membership of a particular social group
q1-grounds_political-opinion = political opinion
q1-grounds_unemployment = unemployment
    .feedback = Unemployment alone is not a ground of persecution.
q1-grounds_natural-disaster = natural disaster
    .feedback = A natural disaster alone does not make a person a refugee, although other forms of protection may apply.
q1-exclusion = Under Article 1F, a person is excluded from refugee protection when there are serious reasons for considering that the person…
q1-exclusion_war-crime = committed a war crime
    .feedback = Correct: war crimes, crimes against humanity and serious non-political crimes lead to exclusion.
q1-exclusion_irregular-entry = entered the country irregularly
    .feedback = No: under Article 31, irregular entry must not be held against a refugee.
q1-exclusion_no-documents = has no identity documents
    .feedback = No: many refugees flee without documents; this is no ground for exclusion.
q1-non-penalisation = Refugees coming directly from a territory where they were threatened must not be penalised for illegal entry if they present themselves without delay and show good cause.
    .if-true = Correct: this is the non-penalisation rule of Article 31.
    .if-false = It is true: Article 31 of the Convention protects refugees from penalties for illegal entry or stay.
q1-features = Match each feature with the offence it characterises.
    .feedback = Smuggling is a crime against the state's border regime; trafficking is a crime against the person.
q1-features_border = always involves crossing an international border
q1-features_exploitation = has the purpose of exploiting the person
q1-features_entry-benefit = the offender earns a benefit from procuring illegal entry
q1-features_consent-irrelevant = the person's consent is irrelevant when force, deception or similar means are used
q1-features_smuggling = smuggling of migrants
q1-features_trafficking = trafficking in human beings
q1-icrmw-year = In which year did the UN General Assembly adopt the International Convention on the Protection of the Rights of All Migrant Workers and Members of Their Families?
    .feedback = It was adopted on 18 December 1990, the date now marked as International Migrants Day.
q1-smuggled-prosecution = Under the Smuggling Protocol, migrants may be prosecuted for the fact of having been smuggled.
    .if-true = No: Article 5 of the Protocol says migrants must not become liable to prosecution for having been the object of smuggling.
    .if-false = Correct: Article 5 protects smuggled migrants; the smugglers are prosecuted.

## Module 2 quiz
quiz-compacts = Quiz: the Global Compacts
    .instructions =
        { $questions ->
            [one] One question
           *[other] { $questions } questions
        } on the lessons of this module. You need { $pass }% to pass and have { $attempts ->
            [one] one attempt
           *[other] { $attempts } attempts
        }.
q2-nature = What is the legal nature of the Global Compact for Migration?
q2-nature_cooperative-framework = a non-legally binding cooperative framework
    .feedback = Correct: it creates no new legal obligations and respects national sovereignty.
q2-nature_treaty = an international treaty that must be ratified
    .feedback = No: the compact is not a treaty and is not ratified.
q2-nature_eu-regulation = an EU regulation directly applicable in member states
    .feedback = No: the compact is a UN framework, not EU law.
q2-objectives = Match each topic with its objective of the Global Compact for Migration.
    .feedback = Objective 9: smuggling; 11: integrated border management; 13: detention as a last resort; 21: return, readmission and reintegration.
q2-objectives_smuggling = strengthen the transnational response to smuggling of migrants
q2-objectives_borders = manage borders in an integrated, secure and coordinated manner
q2-objectives_detention = use migration detention only as a measure of last resort
q2-objectives_return = safe and dignified return, readmission and sustainable reintegration
q2-objectives_obj-9 = Objective 9
q2-objectives_obj-11 = Objective 11
q2-objectives_obj-13 = Objective 13
q2-objectives_obj-21 = Objective 21
q2-objectives_obj-20 = Objective 20
q2-gcr-objectives = Which of these are objectives of the Global Compact on Refugees? Select all that apply.
    .feedback = The Global Compact on Refugees has four objectives; it does not impose binding quotas.
q2-gcr-objectives_ease-pressure = ease pressures on host countries
q2-gcr-objectives_self-reliance = enhance refugee self-reliance
q2-gcr-objectives_third-country = expand access to third-country solutions
q2-gcr-objectives_return-conditions = support conditions in countries of origin for return in safety and dignity
q2-gcr-objectives_binding-quotas = impose binding refugee quotas on all states
    .feedback = No: the compact is not legally binding and sets no quotas.
q2-imrf = Progress in implementing the Global Compact for Migration is reviewed at the International Migration Review Forum every four years.
    .if-true = Correct: the first forum was held in 2022 and the second in 2026.
    .if-false = It is true: the International Migration Review Forum meets every four years.
q2-timeline = Put these events in chronological order.
q2-timeline_new-york = The New York Declaration for Refugees and Migrants
q2-timeline_marrakech = The Global Compact for Migration is adopted in Marrakech
q2-timeline_first-imrf = The first International Migration Review Forum
q2-timeline_second-grf = The second Global Refugee Forum

## Module 3 quiz
quiz-europe = Quiz: EU and regional governance
    .instructions =
        { $questions ->
            [one] One question
           *[other] { $questions } questions
        } on the lessons of this module. You need { $pass }% to pass and have { $attempts ->
            [one] one attempt
           *[other] { $attempts } attempts
        }.
q3-acts = Match each act of the Pact on Migration and Asylum with its main function.
q3-acts_ammr = Asylum and Migration Management Regulation
q3-acts_eurodac = Eurodac Regulation
q3-acts_screening = Screening Regulation
q3-acts_apr = Asylum Procedure Regulation
q3-acts_responsibility = determines the member state responsible and organises solidarity
q3-acts_biometrics = stores fingerprints and facial images
q3-acts_pre-entry-checks = identity, health, vulnerability and security checks at the external border
q3-acts_border-procedure = common procedure, including the border procedure
q3-acts_work-permit = single permit for work and residence
q3-recognition-rate = The border procedure is mandatory for applicants who are nationals of a country whose EU-wide recognition rate is at or below…
    .feedback = The threshold is 20%; some groups, such as unaccompanied children, are in principle exempt.
q3-recognition-rate_rate-5 = 5%
q3-recognition-rate_rate-20 = 20%
q3-recognition-rate_rate-50 = 50%
q3-readmission-asylum = If a readmission agreement exists, a person who applies for asylum can be transferred without the application being examined.
    .if-true = No: readmission never replaces the examination of an asylum application, and non-refoulement applies to every transfer.
    .if-false = Correct: the asylum application must be examined, and non-refoulement applies to every transfer.
q3-visa-timeline = Put these events in chronological order.
q3-visa-timeline_ra-albania = The EU–Albania readmission agreement enters into force
q3-visa-timeline_ra-four = The EU readmission agreements with Bosnia and Herzegovina, Montenegro, North Macedonia and Serbia enter into force
q3-visa-timeline_visa-free-2009 = Visa-free travel to the Schengen area for citizens of Montenegro, North Macedonia and Serbia
q3-visa-timeline_visa-free-2010 = Visa-free travel for citizens of Albania and Bosnia and Herzegovina
q3-visa-timeline_visa-free-kosovo = Visa-free travel for holders of Kosovo passports
q3-forums = Which of these are regional cooperation frameworks on migration in which Western Balkan states take part? Select all that apply.
q3-forums_marri = MARRI
q3-forums_budapest = Budapest Process
q3-forums_brdo = Brdo Process
q3-forums_mercosur = Mercosur
    .feedback = Mercosur is a South American trade bloc.
q3-forums_ecowas = ECOWAS
    .feedback = ECOWAS is the Economic Community of West African States.
q3-frontex-first = In which country did the first Frontex joint operation on the territory of a non-EU country begin, in 2019?
    .feedback = The first operation began in Albania in May 2019 under the EU–Albania status agreement.
q3-frontex-first_albania = Albania
q3-frontex-first_serbia = Serbia
q3-frontex-first_montenegro = Montenegro

## Final assessment
final = Final assessment
    .instructions =
        The final assessment covers all modules. You need { $pass }% to pass and have { $attempts ->
            [one] one attempt
           *[other] { $attempts } attempts
        } of { $minutes ->
            [one] one minute
           *[other] { $minutes } minutes
        } each.
fq-article = Which article of the 1951 Refugee Convention sets out the principle of non-refoulement?
fq-article_art-31 = Article 31
fq-article_art-33 = Article 33
fq-article_art-1f = Article 1F
fq-article_art-35 = Article 35
fq-trafficking-elements = Match each element of the definition of trafficking in human beings with an example.
fq-trafficking-elements_act = act
fq-trafficking-elements_means = means
fq-trafficking-elements_purpose = purpose
fq-trafficking-elements_recruitment = recruitment through a fake job advertisement
fq-trafficking-elements_deception = deception about the type of work and pay
fq-trafficking-elements_forced-labour = forced labour on a construction site
fq-trafficking-elements_paid-entry = payment for an irregular border crossing
fq-child = When the victim is a child, the means (force, deception, abuse of vulnerability and so on) need not be proven for the act to be trafficking.
fq-gcm-objectives = Which of these are objectives of the Global Compact for Migration? Select all that apply.
fq-gcm-objectives_detention-last-resort = use migration detention only as a measure of last resort
fq-gcm-objectives_remittances = promote faster, safer and cheaper remittances
fq-gcm-objectives_return-reintegration = cooperate on safe and dignified return, readmission and sustainable reintegration
fq-gcm-objectives_close-borders = close borders to irregular migrants
fq-gcm-objectives_mandatory-quotas = set mandatory quotas for the admission of migrants
fq-grf = How often is the Global Refugee Forum convened?
fq-grf_every-year = every year
fq-grf_every-four = every four years
fq-grf_every-ten = every ten years
fq-gcm-city = In which city was the Global Compact for Migration adopted in December 2018?
fq-pact-year = From which year does most of the Pact on Migration and Asylum apply?
fq-screening = How long may screening at the EU external border last at most?
fq-screening_one-day = 24 hours
fq-screening_seven-days = seven days
fq-screening_three-months = three months
fq-solidarity = Which forms of solidarity may member states choose under the Asylum and Migration Management Regulation? Select all that apply.
fq-solidarity_relocation = relocation of applicants
fq-solidarity_financial = financial contributions
fq-solidarity_alternative = alternative solidarity measures, such as operational support
fq-solidarity_visa-suspension = suspension of visa-free travel
fq-solidarity_border-closure = closure of internal borders
fq-return-steps = Put the steps of a return under a readmission agreement in order.
fq-return-steps_protection-check = check whether the person wishes to seek asylum or has other protection needs
fq-return-steps_return-decision = issue a return decision
fq-return-steps_request = send a readmission request with evidence of nationality or transit
fq-return-steps_reply = receive the reply of the requested state
fq-return-steps_handover = hand the person over at the agreed border crossing point
fq-ra-2008 = The EU readmission agreements with Bosnia and Herzegovina, Montenegro, North Macedonia and Serbia entered into force in 2008, together with visa facilitation agreements.
fq-marri-centre = In which city is the MARRI Regional Centre located?
fq-frontex = What does a Frontex status agreement with a Western Balkan country make possible?
fq-frontex_joint-operations = deployment of Frontex teams in joint operations on the country's territory, with its consent
fq-frontex_membership = membership of the country in Frontex's management board with voting rights
fq-frontex_asylum-decisions = decisions on asylum applications by Frontex officers
