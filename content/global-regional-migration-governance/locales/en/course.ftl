course = Global and Regional Migration Governance
    .summary = The international, European and regional framework that shapes the daily work of police, border, asylum and migration officers in the Western Balkans: the 1951 Refugee Convention, the UN Migrant Workers Convention and the Palermo Protocols, the Global Compacts on migration and on refugees, the EU acquis and the Pact on Migration and Asylum, readmission agreements and regional cooperation.

## Learning outcomes
lo-instruments = Identify the core international instruments on refugees, migrant workers, trafficking and smuggling, and the obligations they place on officers.
lo-compacts = Explain the nature, principles and objectives of the Global Compact for Migration and the Global Compact on Refugees.
lo-eu = Describe the EU acquis on migration and asylum and the main changes brought by the Pact on Migration and Asylum.
lo-readmission = Apply readmission agreements and return rules while respecting the principle of non-refoulement.
lo-regional = Use the regional cooperation mechanisms of the Western Balkans in daily work.

## Modules and lessons
m-international = The international legal framework
    .summary = The refugee definition and non-refoulement, the rights of migrant workers, and the difference between trafficking in human beings and smuggling of migrants.
m-compacts = The Global Compacts
    .summary = Two non-binding frameworks adopted in 2018 that guide international cooperation on migration and on refugees.
m-europe-region = EU and regional governance
    .summary = The EU acquis, the Pact on Migration and Asylum, readmission and cooperation in the Western Balkans.
l-refugee-convention = The 1951 Refugee Convention and its 1967 Protocol
l-migrant-workers-palermo = Migrant workers, trafficking and smuggling in UN law
l-gcm = The Global Compact for Safe, Orderly and Regular Migration
l-gcr = The Global Compact on Refugees
l-eu-pact = The EU acquis and the Pact on Migration and Asylum
l-readmission-regional = Readmission and regional cooperation in the Western Balkans

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
eval-apply = I will be able to apply what I learned in my institution.
    .low = Strongly disagree
    .high = Strongly agree
eval-comments = What should we improve in this course, and which topics would you like to study in more depth?
