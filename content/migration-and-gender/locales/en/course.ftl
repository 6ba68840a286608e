course = Migration and Gender
    .summary = How gender shapes migration and what this means for migration, border and asylum officers: gender-responsive governance and data, CEDAW General Recommendations No. 26 and No. 32, gender-based violence along migration routes, trafficking in human beings with a gender lens, and gender-sensitive asylum procedures.

## Learning outcomes
lo-frameworks = Explain the international and European standards on gender in migration, including CEDAW General Recommendations No. 26, No. 32 and No. 38 and the Istanbul Convention.
lo-governance = Apply a gender-responsive approach and gender-disaggregated data in migration policy and daily operational work.
lo-gbv = Recognise risks of gender-based violence along migration routes and refer survivors safely, following a survivor-centred approach.
lo-trafficking = Identify indicators of trafficking in human beings with a gender lens and apply the non-punishment principle.
lo-interview = Conduct gender-sensitive asylum interviews and assess gender-related claims for international protection.

## Modules and lessons
m-frameworks = Gender in migration governance
    .summary = Key concepts, gender-disaggregated data and the international standards: CEDAW and the Istanbul Convention.
m-gbv = Gender-based violence and trafficking in human beings
    .summary = Risks along migration routes, the survivor-centred approach, referral, indicators of trafficking and non-punishment.
m-asylum = Gender-sensitive asylum procedures
    .summary = Gender-related persecution, particular social group, and how to prepare and conduct a gender-sensitive interview.
l-gender-concepts = Gender and migration: concepts and data
l-cedaw = International standards: CEDAW and the Istanbul Convention
l-gbv-routes = Gender-based violence along migration routes
l-trafficking = Trafficking in human beings: a gender lens
l-gender-claims = Gender-related persecution in asylum claims
l-interviewing = Gender-sensitive interviewing and procedures

## Evaluation survey
eval-relevant = The course is relevant to my daily work.
    .low = Strongly disagree
    .high = Strongly agree
eval-clear = The lessons were clear and well structured.
    .low = Strongly disagree
    .high = Strongly agree
eval-assessments = The quizzes and the final assessment matched the content of the lessons.
    .low = Strongly disagree
    .high = Strongly agree
eval-apply = I will be able to apply what I learned in my work.
    .low = Strongly disagree
    .high = Strongly agree
eval-recommend = I would recommend this course to my colleagues.
    .low = Strongly disagree
    .high = Strongly agree
eval-comments = What should we improve in this course, and which topic would you like to learn more about?
