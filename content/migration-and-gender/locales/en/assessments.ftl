## Pre-test
pre-test = Pre-test
    .instructions = Answer without preparing: the pre-test shows what you already know. Your result does not count towards completion, and the final assessment will show how much you have learned.
pt-gender-meaning = In migration governance, the term "gender" refers to…
pt-gender-meaning_social-roles = the socially constructed roles, behaviours and power relations attributed to women, men, girls and boys
pt-gender-meaning_biology = the biological characteristics of women and men
pt-gender-meaning_women-only = issues that concern women only
pt-gr26-year = In which year did the CEDAW Committee adopt General Recommendation No. 26 on women migrant workers?
pt-gr32 = CEDAW General Recommendation No. 32 deals with…
pt-gr32_refugee-asylum = the gender-related dimensions of refugee status, asylum, nationality and statelessness of women
pt-gr32_domestic-work = the minimum wage of domestic workers
pt-gr32_trade = women's participation in international trade
pt-sufficient-data = Collecting data disaggregated by sex and age is, on its own, enough for a gender-responsive migration policy.
pt-survivor-principles = Which are guiding principles of the survivor-centred approach to gender-based violence? Select all that apply.
pt-survivor-principles_safety = Safety
pt-survivor-principles_confidentiality = Confidentiality
pt-survivor-principles_respect = Respect for the survivor's wishes and decisions
pt-survivor-principles_mandatory-reporting = Reporting every disclosure to the police, with or without consent
pt-survivor-principles_confrontation = Confronting the survivor with the alleged perpetrator
pt-referral-order = A woman tells you she has suffered sexual violence. Put your actions in the right order.
pt-referral-order_safety = Ensure her immediate safety and privacy
pt-referral-order_listen-inform = Listen without judging and inform her about the available services
pt-referral-order_consent = Ask for her informed consent to a referral
pt-referral-order_refer = Refer her to the agreed service provider
pt-elements = Match each example with the element of the definition of trafficking in human beings that it illustrates.
pt-elements_transport = Transporting a person and housing her in a flat
pt-elements_deception = Lying about the type of work and the pay
pt-elements_forced-labour = Forced labour or sexual exploitation
pt-elements_act = Act
pt-elements_means = Means
pt-elements_purpose = Purpose
pt-child-means = When the victim of trafficking is a child, the use of means such as threats or deception must also be proven.
pt-trafficking-monitor = Write the acronym of the Council of Europe expert group that monitors the Convention on Action against Trafficking in Human Beings.
pt-non-punishment = The non-punishment principle means that victims of trafficking…
pt-non-punishment_compelled-acts = should not be punished for unlawful acts they were compelled to commit as a direct consequence of being trafficked
pt-non-punishment_immunity = are immune from prosecution for any criminal offence
pt-non-punishment_no-return = can never be returned to their country of origin
pt-same-sex = Where possible, an asylum applicant who asks for it should be interviewed by an officer and an interpreter of the same sex.
pt-gender-claims = Which situations can form the basis of a gender-related claim for refugee status? Select all that apply.
pt-gender-claims_forced-marriage = Fear of forced marriage
pt-gender-claims_fgm = Fear of female genital mutilation
pt-gender-claims_domestic-violence = Domestic violence against which the state cannot or will not protect
pt-gender-claims_economic-hardship = General economic hardship in the country of origin
pt-gender-claims_random-crime = Random street crime that affects everyone equally

## Module quiz 1
quiz-frameworks = Quiz: gender in migration governance
    .instructions =
        { $questions ->
            [one] One question
           *[other] { $questions } questions
        } on this module. You need { $pass }% to pass; you have { $attempts ->
            [one] one attempt
           *[other] { $attempts } attempts
        } and { $minutes ->
            [one] one minute
           *[other] { $minutes } minutes
        } for each.
qf-intersectionality = The way gender combines with age, disability, ethnicity, sexual orientation and legal status to create specific risks is called…
    .feedback = Intersectionality helps officers see that, for example, an unaccompanied adolescent boy and a pregnant woman travelling alone face different risks.
qf-intersectionality_intersectionality = intersectionality
qf-intersectionality_assimilation = assimilation
qf-intersectionality_integration = integration
qf-gcm = Gender-responsiveness is one of the guiding principles of the Global Compact for Safe, Orderly and Regular Migration (2018).
    .if-true = Correct: the Global Compact lists gender-responsiveness among its cross-cutting guiding principles.
    .if-false = It is true: gender-responsiveness is one of the guiding principles of the Global Compact.
qf-disaggregated = Which indicator is gender-disaggregated?
qf-disaggregated_by-sex-age = Number of asylum applications by sex and age of the applicant
    .feedback = Correct: the figure can be broken down by sex and age.
qf-disaggregated_total = Total number of asylum applications in the year
    .feedback = A total says nothing about women, men, girls and boys.
qf-disaggregated_centres = Number of reception centres in the country
qf-recommendations = Match each CEDAW general recommendation with its subject.
qf-recommendations_gr26 = General Recommendation No. 26 (2008)
qf-recommendations_gr32 = General Recommendation No. 32 (2014)
qf-recommendations_gr38 = General Recommendation No. 38 (2020)
qf-recommendations_workers = Women migrant workers
qf-recommendations_asylum = Refugee status, asylum, nationality and statelessness of women
qf-recommendations_trafficking = Trafficking in women and girls in the context of global migration
qf-recommendations_trade = Women in international trade
qf-istanbul = Under Chapter VII of the Istanbul Convention, states must… Select all that apply.
    .feedback = Articles 59 to 61 cover residence status, gender-based asylum claims and non-refoulement.
qf-istanbul_persecution = recognise gender-based violence against women as a form of persecution
qf-istanbul_procedures = develop gender-sensitive reception procedures and asylum procedures
qf-istanbul_non-refoulement = respect the principle of non-refoulement for victims of violence against women
qf-istanbul_detention = detain women asylum-seekers for their own safety
qf-istanbul_dependent-permit = keep a victim's residence permit always dependent on her spouse

## Module quiz 2
quiz-gbv = Quiz: gender-based violence and trafficking
    .instructions =
        { $questions ->
            [one] One question
           *[other] { $questions } questions
        } on this module. You need { $pass }% to pass; you have { $attempts ->
            [one] one attempt
           *[other] { $attempts } attempts
        } and { $minutes ->
            [one] one minute
           *[other] { $minutes } minutes
        } for each.
qg-men-boys = Men and boys on the move can also be survivors of sexual violence.
    .if-true = Correct: men and boys are often victims, in detention or at the hands of smugglers, and rarely disclose it.
    .if-false = It is true: men and boys are also victims of sexual violence and rarely disclose it.
qg-first-step = At a transit centre, a woman tells a border police officer that a smuggler raped her. What should the officer do first?
qg-first-step_safety-referral = Ensure her safety and, with her consent, refer her to health and GBV support services
    .feedback = Correct: safety first, then referral with informed consent.
qg-first-step_statement = Take a detailed statement about the assault immediately
    .feedback = Do not ask for details the survivor does not offer; ensure safety and refer.
qg-first-step_mediate = Ask her husband to support her and close the matter
    .feedback = This breaches confidentiality and the survivor's right to decide.
qg-nrm-order = Put the stages of a national referral mechanism for victims of trafficking in order.
qg-nrm-order_detect = Detection of a presumed victim
qg-nrm-order_refer = Referral to assistance and the recovery and reflection period
qg-nrm-order_identify = Formal identification as a victim
qg-nrm-order_assist = Long-term assistance and protection
qg-nrm-order_durable = Social inclusion or a safe, voluntary return
qg-directive-forms = Which forms of exploitation did Directive (EU) 2024/1712 add to EU anti-trafficking law? Select all that apply.
qg-directive-forms_forced-marriage = Forced marriage
qg-directive-forms_illegal-adoption = Illegal adoption
qg-directive-forms_surrogacy = Exploitation of surrogacy
qg-directive-forms_smuggling = Smuggling of migrants
    .feedback = Smuggling of migrants is a different crime, directed against the state's borders.
qg-directive-forms_irregular-work = Any undeclared work
qg-gr38-year = In which year did the CEDAW Committee adopt General Recommendation No. 38 on trafficking in women and girls in the context of global migration?

## Module quiz 3
quiz-asylum = Quiz: gender-sensitive asylum procedures
    .instructions =
        { $questions ->
            [one] One question
           *[other] { $questions } questions
        } on this module. You need { $pass }% to pass; you have { $attempts ->
            [one] one attempt
           *[other] { $attempts } attempts
        } and { $minutes ->
            [one] one minute
           *[other] { $minutes } minutes
        } for each.
qa-guidelines = UNHCR Guidelines on International Protection No. 1 (2002) deal with…
qa-guidelines_gender = gender-related persecution
qa-guidelines_exclusion = the exclusion clauses
qa-guidelines_cessation = the cessation of refugee status
qa-separate = Spouses should be offered the opportunity to be interviewed separately, without family members present.
    .if-true = Correct: a separate interview lets each person speak freely about their own reasons for flight.
    .if-false = It is true: each adult should be offered a separate interview.
qa-practices = Which practices support a gender-sensitive interview? Select all that apply.
qa-practices_breaks = Offering breaks when the applicant is distressed
qa-practices_childcare = Arranging childcare so that children are not present
qa-practices_open-questions = Open questions, without pressing for graphic details
qa-practices_husband-interprets = Letting the husband interpret for his wife
    .feedback = A family member must never interpret: the applicant may not be able to speak freely.
qa-practices_shared-office = Conducting the interview in a shared office to save time
qa-non-state = Persecution by a non-state actor, such as a family member, can ground refugee status when the state is unable or unwilling to protect the applicant.
    .if-true = Correct: what matters is the absence of effective state protection.
    .if-false = It is true: persecution by non-state actors counts when the state does not provide effective protection.
qa-grounds = Match each applicant's situation with the Convention ground most likely to apply.
qa-grounds_lesbian = A lesbian woman who fears violence from her family and community
qa-grounds_activist = A women's rights activist arrested for organising a protest against discriminatory laws
qa-grounds_dress-code = A woman punished for refusing to follow a religious dress code
qa-grounds_social-group = Membership of a particular social group
qa-grounds_political-opinion = Political opinion
qa-grounds_religion = Religion
qa-grounds_nationality = Nationality

## Final assessment
final = Final assessment
    .instructions =
        { $questions ->
            [one] One question
           *[other] { $questions } questions
        } on the whole course. You need { $pass }% to pass; you have { $attempts ->
            [one] one attempt
           *[other] { $attempts } attempts
        } and { $minutes ->
            [one] one minute
           *[other] { $minutes } minutes
        } for each.
fa-responsive = Which is an example of gender-responsive migration governance?
fa-responsive_impact-analysis = Analysing how a planned measure will affect women, men, girls and boys differently, and adjusting it
fa-responsive_separate-policy = Adopting a separate policy for women and leaving all other policies unchanged
fa-responsive_identical = Treating everyone identically, regardless of their different needs
fa-data-sharing = Information on survivors of gender-based violence should be shared between agencies only in anonymised and aggregated form, unless the survivor has given informed consent.
fa-gr32-year = In which year did the CEDAW Committee adopt General Recommendation No. 32 on the gender-related dimensions of refugee status, asylum, nationality and statelessness of women?
fa-istanbul-monitor = Write the acronym of the expert body that monitors the implementation of the Istanbul Convention.
fa-gr26-bans = According to CEDAW General Recommendation No. 26, sex-specific bans on women's emigration are…
fa-gr26-bans_discriminatory = discriminatory, and should be lifted
fa-gr26-bans_protective = an acceptable measure to protect women
fa-gr26-bans_required = required for women younger than 25
fa-gbv-risks = Which factors increase the risk of gender-based violence for people on the move along the Western Balkans route? Select all that apply.
fa-gbv-risks_smugglers = Dependence on smugglers
fa-gbv-risks_unsafe-facilities = Unlit, shared sanitary facilities without locks in reception centres
fa-gbv-risks_irregular-status = Irregular status and fear of contacting the authorities
fa-gbv-risks_registration = Timely registration and documentation
fa-gbv-risks_female-staff = Availability of female staff and interpreters
fa-services = With the survivor's consent, match each need with the service to which you refer her.
fa-services_after-rape = Emergency medical care shortly after a rape
fa-services_accommodation = Safe accommodation away from the perpetrator
fa-services_rights = Advice on her rights and on filing a criminal complaint
fa-services_health = Health service
fa-services_safe-house = Safe house or shelter
fa-services_legal-aid = Free legal aid provider
fa-services_detention = Immigration detention
fa-indicators = Which of the following are indicators of possible trafficking in human beings? Select all that apply.
fa-indicators_documents-held = Someone else holds the person's identity documents
fa-indicators_growing-debt = A debt to the recruiter that keeps growing
fa-indicators_rehearsed-story = A rehearsed story, or another person answers for them
fa-indicators_own-phone = The person has their own phone and moves freely
fa-indicators_regular-salary = The person has a valid work permit and receives a regular salary
fa-reflection-days = How many days, at least, does the recovery and reflection period last under the Council of Europe Convention on Action against Trafficking in Human Beings?
    .unit = days
fa-false-passport = A woman identified as a victim of trafficking entered the country with a false passport that her traffickers gave her. As a rule, she should not be punished for using that passport.
fa-interview-order = Put the steps of a gender-sensitive asylum interview in order.
fa-interview-order_preferences = Check the applicant's preference for the sex of the interviewer and interpreter
fa-interview-order_explain = Explain the purpose of the interview, confidentiality and everyone's role
fa-interview-order_open-questions = Ask open questions and let the applicant give her account
fa-interview-order_clarify = Clarify inconsistencies sensitively and give her a chance to explain
fa-interview-order_read-back = Read back the record and confirm that it is accurate
fa-late-disclosure = If an applicant discloses sexual violence only at a late stage of the procedure, this alone is a sound reason to find her claim not credible.
fa-forced-marriage-ground = A woman fears honour-based violence because she refused a forced marriage, and the authorities of her country do not protect such women. Which Convention ground is most often relevant?
fa-forced-marriage-ground_social-group = Membership of a particular social group
fa-forced-marriage-ground_nationality = Nationality
fa-forced-marriage-ground_none = None: violence within the family can never be persecution
