course = Migration and Development
    .summary = How migration contributes to development in the Western Balkans: remittances and their costs, diaspora engagement, brain drain and circular migration, labour migration agreements, SDG target 10.7 and migration in national development planning.

## Learning outcomes
lo-remittances = Explain the role of remittances in development, calculate the cost of a transfer and relate it to SDG target 10.c.
lo-diaspora = Describe diaspora engagement policies and the institutions responsible for them in the region.
lo-mobility = Distinguish brain drain, brain gain, brain waste and circular migration, and identify policy responses.
lo-labour = Explain how labour migration agreements and schemes work and recognise the signs of recruitment fraud.
lo-mainstreaming = Apply SDG target 10.7, its indicators and migration profiles to mainstream migration into development planning.

## Modules and lessons
m-remittances-diaspora = Remittances and the diaspora
    .summary = What remittances are worth, what they cost, and how states work with their emigrants.
m-mobility = Labour mobility and skills
    .summary = Brain drain and brain circulation, and the legal routes for labour migration.
m-policy = Migration in development policy
    .summary = SDG target 10.7, migration profiles and a whole-of-government approach.
l-remittances = Remittances and their costs
l-diaspora = Diaspora engagement
l-brain-drain = Brain drain, brain gain and circular migration
l-labour-agreements = Labour migration agreements
l-sdg-10-7 = SDG 10.7: well-managed migration policies
l-mainstreaming = Mainstreaming migration and migration profiles

## Evaluation survey
eval-relevant = The course is relevant to my daily work.
    .low = Strongly disagree
    .high = Strongly agree
eval-clear = The lessons were clear and well structured.
    .low = Strongly disagree
    .high = Strongly agree
eval-cases = The case studies and scenarios reflected situations from the region.
    .low = Strongly disagree
    .high = Strongly agree
eval-assessments = The quizzes and the final assessment matched the content of the lessons.
    .low = Strongly disagree
    .high = Strongly agree
eval-recommend = I would recommend this course to colleagues.
    .low = Strongly disagree
    .high = Strongly agree
eval-comments = What should we improve in this course?
