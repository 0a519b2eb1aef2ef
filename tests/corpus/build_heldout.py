"""Build ``tests/corpus/heldout.jsonl``, the held-out test set, from the texts written here.

The held-out set is a second gold corpus, written after the resolver and without looking at
it, to measure how the resolver does on text it was never tuned on. It uses the builder,
the annotation conventions and the checks of ``build_gold.py`` (see ``README.md``); only the
texts differ, and their ids start with ``heldout-``. Run it from the repository root::

    python3 tests/corpus/build_heldout.py            # rewrite heldout.jsonl
    python3 tests/corpus/build_heldout.py --check    # fail if heldout.jsonl is stale

and score it with ``linker evaluate tests/corpus/heldout.jsonl``. Do not tune the resolver on
these texts: fix a gold annotation here only when the annotation itself is wrong.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
if str(HERE) not in sys.path:
    sys.path.insert(0, str(HERE))

from build_gold import HELDOUT_PREFIX, TEXTS, Gold, es, fr, m, run, t, x  # noqa: E402

HELDOUT_FILE = HERE / "heldout.jsonl"

HELDOUT: list[Gold] = []

# --------------------------------------------------------------------------------------
# English
# --------------------------------------------------------------------------------------

HELDOUT += [
    t(
        "heldout-un-formal-01",
        "un-formal",
        """
The Human Rights Council,

Guided by the Charter of the United Nations and the Universal Declaration of Human Rights,

Recalling the International Convention for the Protection of All Persons from Enforced
Disappearance (“the Convention”), the Declaration on the Protection of All Persons from Enforced
Disappearance of 1992 and the Inter-American Convention on Forced Disappearance of Persons,

Recalling also that, under article 1, paragraph 2, of the Convention, no exceptional
circumstances whatsoever may be invoked as a justification for enforced disappearance, and that
article 7 of the Declaration is to the same effect,

Deeply concerned at the reports of the Working Group on Enforced or Involuntary Disappearances
and of the Committee on Enforced Disappearances on the disappearance of at least 212 persons in
the Ostmark highlands since the state of emergency proclaimed in April,

Noting that the widespread or systematic practice of enforced disappearance constitutes a crime
against humanity as defined in the Rome Statute of the International Criminal Court, article 7
(1) (i),

1. Calls upon the Government of Ostmark to search for and locate all disappeared persons, as
required by article 24, paragraphs 2 and 3, of the Convention, and to respond without delay to
the urgent actions registered by the Committee under article 30;

2. Urges the Government to recognize the competence of the Committee under articles 31 and 32 of
the Convention, to make enforced disappearance an autonomous offence in its criminal code, and to
ensure that the families of the disappeared receive reparation in line with article 24 (4) and
(5);

3. Encourages all States that have not yet done so to ratify the Convention and the Optional
Protocol to the International Covenant on Civil and Political Rights, and to give full effect to
article 2 (3) of the Covenant;

4. Decides to remain seized of the matter.
""",
        m("Charter of the United Nations", "un-charter"),
        m("Universal Declaration of Human Rights", "udhr"),
        m(
            "International Convention for the Protection of All Persons from Enforced"
            " Disappearance",
            "cped",
        ),
        x("(“the {Convention}”)"),
        x("Declaration on the Protection of All Persons from Enforced Disappearance of 1992"),
        x("Inter-American Convention on Forced Disappearance of Persons"),
        m("article 1, paragraph 2, of the Convention", "cped", "1(2)"),
        x("article 7 of the Declaration"),
        x("Committee on Enforced Disappearances"),
        m(
            "Rome Statute of the International Criminal Court, article 7 (1) (i)",
            "rome-statute",
            "7(1)(i)",
        ),
        m("article 24, paragraphs 2 and 3, of the Convention", "cped", "24(2) 24(3)"),
        m("under {article 30};", "cped", "30"),
        m("articles 31 and 32 of the Convention", "cped", "31 32"),
        m("article 24 (4) and (5)", "cped", "24(4) 24(5)"),
        m("ratify the {Convention}", "cped"),
        m(
            "Optional Protocol to the International Covenant on Civil and Political Rights",
            "iccpr-op1",
        ),
        m("article 2 (3) of the Covenant", "iccpr", "2(3)"),
    ),
    t(
        "heldout-un-formal-02",
        "un-formal",
        """
Report of the Special Rapporteur on the rights of Indigenous Peoples on his visit to Sendara

Conclusions and recommendations

71. Sendara voted in favour of the United Nations Declaration on the Rights of Indigenous
Peoples in 2007 and refers to it in its national development plan, but it has not ratified the
Indigenous and Tribal Peoples Convention, 1989 (No. 169), of the International Labour
Organization. The Special Rapporteur recalls that, although the Declaration is not a treaty, many
of its provisions reflect obligations that Sendara has accepted under the International Covenant
on Civil and Political Rights and the International Convention on the Elimination of All Forms
of Racial Discrimination (ICERD).

72. The relocation of the Ayün communities from the Tarrow basin to make way for the Upper Tarrow
dam took place without their free, prior and informed consent. Article 10 of the Declaration
provides that Indigenous Peoples shall not be forcibly removed from their lands or territories,
and articles 26 to 28 recognize their rights to the lands they have traditionally owned and to
redress for lands taken without their consent. Under article 32 (2), States must consult in good
faith before approving any project affecting their lands, particularly in connection with the
development of mineral, water or other resources.

73. The Committee on the Elimination of Racial Discrimination has repeatedly asked Sendara to
give legal force to consultation. The Special Rapporteur shares the view of CERD that the current
practice, in which a single public meeting is announced in the official gazette, meets neither
the standard of ICERD, art. 5 (d) (v) and (e) (vi), nor that of article 27 of the Covenant, which
protects the right of members of minorities to enjoy their own culture, including a way of life
closely tied to land.

74. The Special Rapporteur recommends that the Government:

(a) Suspend the second phase of the dam until consultations consistent with the Declaration have
been held;

(b) Amend article 15 of the Water Resources Act, which allows expropriation without consultation;

(c) Ratify ILO Convention No. 169 and recognize the competence of the Committee under article 14
of the Convention on Racial Discrimination.
""",
        m("United Nations Declaration on the Rights of Indigenous Peoples", "undrip"),
        x("Indigenous and Tribal Peoples Convention, 1989 (No. 169)"),
        m("although the {Declaration} is not", "undrip"),
        m("International Covenant on Civil and Political Rights", "iccpr"),
        m(
            "International Convention on the Elimination of All Forms of Racial Discrimination",
            "icerd",
        ),
        x("({ICERD})"),
        m("Article 10 of the Declaration", "undrip", "10"),
        m("articles 26 to 28", "undrip", "26 27 28"),
        m("article 32 (2)", "undrip", "32(2)"),
        x("Committee on the Elimination of Racial Discrimination"),
        x("view of {CERD}"),
        m("ICERD, art. 5 (d) (v) and (e) (vi)", "icerd", "5(d)(v) 5(e)(vi)"),
        m("article 27 of the Covenant", "iccpr", "27"),
        m("consistent with the {Declaration}", "undrip"),
        x("article 15 of the Water Resources Act"),
        x("ILO Convention No. 169"),
        m("article 14 of the Convention on Racial Discrimination", "icerd", "14"),
    ),
    t(
        "heldout-treaty-body-01",
        "treaty-body",
        """
Views adopted by the Committee on the Rights of Persons with Disabilities under article 5 of the
Optional Protocol to the Convention on the Rights of Persons with Disabilities, concerning
communication No. 88/2021

Submitted by: L.V. (represented by the Disability Law Clinic of Harlow University)
State party: Estrava
Date of communication: 19 January 2021

1. The author is L.V., a national of Estrava born in 1991, who has a psychosocial disability. She
claims that the State party has violated her rights under articles 12, 13 and 14 of the
Convention on the Rights of Persons with Disabilities, read alone and in conjunction with article
4 (1) (a) and (b). The Optional Protocol entered into force for the State party on 2 October
2015.

Facts as submitted by the author

2.1 In March 2019 the Heddal District Court placed the author under plenary guardianship at the
request of her brother, after a hearing at which she was not present and for which no
interpreter or support person was provided. Her guardian later consented on her behalf to her
admission to a psychiatric facility, where she was held for 74 days.

State party's observations on admissibility

4. The State party argues that the communication is inadmissible under article 2 (d) of the
Optional Protocol, because the author did not request a review of the guardianship order under
section 41 of the Guardianship Act.

Consideration of the merits

8.3 The Committee recalls its general comment No. 1 (2014), in which it held that article 12 of
the Convention requires States to replace substitute decision-making regimes with supported
decision-making. Plenary guardianship, which removes legal capacity on the basis of disability,
is incompatible with article 12 (2) and (3).

8.5 The Committee further recalls that article 14 (1) (b) of the Convention prohibits any
deprivation of liberty on the basis of the existence of a disability. The author's detention
rested on her guardian's consent and on her diagnosis, and was therefore contrary to that
provision. By failing to provide procedural accommodations at the hearing, the State party also
breached article 13 (1).

9. The Committee, acting under article 5 of the Optional Protocol, is of the view that the State
party has failed to fulfil its obligations under articles 12, 13 (1) and 14 (1) (b) of the
Convention.
""",
        m(
            "article 5 of the Optional Protocol to the Convention on the Rights of Persons with"
            " Disabilities",
            "crpd-op",
            "5",
        ),
        m(
            "articles 12, 13 and 14 of the Convention on the Rights of Persons with Disabilities",
            "crpd",
            "12 13 14",
        ),
        m("article 4 (1) (a) and (b)", "crpd", "4(1)(a) 4(1)(b)"),
        m("The {Optional Protocol} entered", "crpd-op"),
        m("article 2 (d) of the Optional Protocol", "crpd-op", "2(d)"),
        m("article 12 of the Convention", "crpd", "12"),
        m("article 12 (2) and (3)", "crpd", "12(2) 12(3)"),
        m("article 14 (1) (b) of the Convention", "crpd", "14(1)(b)"),
        m("article 13 (1)", "crpd", "13(1)"),
        m("article 5 of the Optional Protocol", "crpd-op", "5", n=1),
        m("articles 12, 13 (1) and 14 (1) (b) of the Convention", "crpd", "12 13(1) 14(1)(b)"),
    ),
    t(
        "heldout-treaty-body-02",
        "treaty-body",
        """
Concluding observations on the combined fifth and sixth periodic reports of Merovia

A. Introduction

1. The Committee considered the combined fifth and sixth periodic reports of Merovia at its
meetings held on 12 and 13 May and adopted the present concluding observations at its meeting
held on 31 May.

B. Follow-up measures and progress achieved by the State party

2. The Committee welcomes the ratification of the Optional Protocol to the Convention on the
Rights of the Child on a communications procedure, in 2019, and of the Council of Europe
Convention on preventing and combating violence against women and domestic violence (Istanbul
Convention), in 2021.

C. Main areas of concern and recommendations

Definition of the child

14. The Committee is concerned that girls may still marry at 16 with parental consent. Recalling
article 1 of the Convention and joint general recommendation No. 31 of the Committee on the
Elimination of Discrimination against Women/general comment No. 18 of the Committee on the Rights
of the Child (2019), it urges the State party to raise the minimum age of marriage to 18 years for
girls and boys, without exception.

Children deprived of a family environment

22. While noting the reform of the Family Code, the Committee regrets that 3,400 children still
live in large residential institutions. In line with articles 9 and 20 of the Convention, the
Committee recommends that the State party adopt a time-bound strategy for deinstitutionalization
and strengthen support to families and foster care.

Asylum-seeking and refugee children

31. The Committee is seriously concerned about the detention of children in the Kessel transit
zone, sometimes for several months. Recalling article 37 (b) of the Convention and joint general
comments No. 3 and No. 4 (2017) of the Committee on Migrant Workers and the Committee on the
Rights of the Child, it urges the State party to end immigration detention of children and to
ensure that every unaccompanied child is promptly assigned a guardian, as article 22 (1)
requires.

D. Ratification of international human rights instruments

40. The Committee recommends that the State party ratify the Optional Protocol on the sale of
children, child prostitution and child pornography and the International Convention on the
Protection of the Rights of All Migrant Workers and Members of Their Families, and that it raise
to 18 years the minimum age of voluntary recruitment stated in its declaration under article 3
(2) of the Optional Protocol on the involvement of children in armed conflict.
""",
        m(
            "Optional Protocol to the Convention on the Rights of the Child on a communications"
            " procedure",
            "crc-opic",
        ),
        x(
            "Council of Europe Convention on preventing and combating violence against women and"
            " domestic violence (Istanbul Convention)"
        ),
        m("article 1 of the Convention", "crc", "1"),
        x("Committee on the Elimination of Discrimination against Women"),
        m("articles 9 and 20 of the Convention", "crc", "9 20"),
        m("article 37 (b) of the Convention", "crc", "37(b)"),
        m("article 22 (1)", "crc", "22(1)"),
        m(
            "Optional Protocol on the sale of children, child prostitution and child pornography",
            "crc-opsc",
        ),
        m(
            "International Convention on the Protection of the Rights of All Migrant Workers and"
            " Members of Their Families",
            "icmw",
        ),
        x("its declaration"),
        m(
            "article 3 (2) of the Optional Protocol on the involvement of children in armed"
            " conflict",
            "crc-opac",
            "3(2)",
        ),
    ),
    t(
        "heldout-court-01",
        "court",
        """
AFRICAN COURT ON HUMAN AND PEOPLES' RIGHTS

THE MATTER OF KOFI ADENYA MENSAH v. REPUBLIC OF TALANGA

Application No. 019/2018

JUDGMENT

I. THE PARTIES

1. Mr Kofi Adenya Mensah (hereinafter “the Applicant”) is a national of Talanga serving a
sentence of thirty years' imprisonment for armed robbery. He alleges the violation of his rights
during his trial before the Kaseri High Court.

2. The Respondent State became a party to the African Charter on Human and Peoples' Rights
(hereinafter “the Charter”) on 20 July 1986 and to the Protocol to the African Charter on Human
and Peoples' Rights on the Establishment of an African Court on Human and Peoples' Rights
(hereinafter “the Protocol”) on 5 March 2005. On 9 October 2013, it deposited the Declaration
provided for under Article 34(6) of the Protocol, by which it accepted the jurisdiction of the
Court to receive applications from individuals. It is also a party to the International Covenant
on Civil and Political Rights (ICCPR).

II. JURISDICTION

21. Pursuant to Article 3(1) of the Protocol, the jurisdiction of the Court extends to all cases
concerning the interpretation and application of the Charter, the Protocol and any other relevant
human rights instrument ratified by the States concerned. Since the Applicant alleges violations
of rights protected by the Charter and the ICCPR, the Court has material jurisdiction.

III. MERITS

A. Alleged violation of the right to defence

45. The Applicant submits that he was not provided with free legal assistance although he was
charged with a serious offence carrying a heavy sentence. Article 7(1)(c) of the Charter
guarantees “the right to defence, including the right to be defended by counsel of his choice”.
The Court has consistently held that this provision, read together with Article 14(3)(d) of the
ICCPR, entitles an indigent accused person to free legal representation where the interests of
justice so require.

46. In the present case, the Applicant was unrepresented throughout the trial and the appeal. The
Court therefore finds that the Respondent State violated Article 7(1)(c) of the Charter, read
together with Article 14(3)(d) ICCPR.

B. Alleged violation of the right to equality

52. The Applicant further alleges a violation of Articles 2 and 3 of the Charter, without
substantiating how he was treated differently from others in a similar situation. The Court finds
that this allegation has not been established.

IV. OPERATIVE PART

For these reasons, THE COURT, unanimously, finds that the Respondent State has violated Article
7(1)(c) of the Charter and orders it to take all necessary measures to restore the Applicant's
rights.
""",
        m("African Charter on Human and Peoples' Rights", "achpr"),
        x("(hereinafter “the {Charter}”)"),
        x(
            "Protocol to the African Charter on Human and Peoples' Rights on the Establishment of"
            " an African Court on Human and Peoples' Rights"
        ),
        x("(hereinafter “the {Protocol}”)"),
        x("the {Declaration} provided"),
        x("Article 34(6) of the Protocol"),
        m("International Covenant on Civil and Political Rights", "iccpr"),
        x("({ICCPR})"),
        x("Article 3(1) of the Protocol"),
        m("application of the {Charter}", "achpr"),
        x("the {Protocol} and any"),
        m("protected by the {Charter}", "achpr"),
        m("the Charter and the {ICCPR}", "iccpr"),
        m("Article 7(1)(c) of the Charter", "achpr", "7(1)(c)"),
        m("Article 14(3)(d) of the ICCPR", "iccpr", "14(3)(d)"),
        m("Article 7(1)(c) of the Charter", "achpr", "7(1)(c)", n=1),
        m("Article 14(3)(d) ICCPR", "iccpr", "14(3)(d)"),
        m("Articles 2 and 3 of the Charter", "achpr", "2 3"),
        m("Article 7(1)(c) of the Charter", "achpr", "7(1)(c)", n=2),
    ),
    t(
        "heldout-court-02",
        "court",
        """
INTERNATIONAL COURT OF JUSTICE

Case concerning Consular Access and Fair Trial (Belmora v. Antaria)

Summary of the Judgment

1. Jurisdiction

The Court recalls that Belmora founded its jurisdiction on Article 36, paragraph 1, of the Statute
and on Article I of the Optional Protocol to the Vienna Convention on Consular Relations concerning
the Compulsory Settlement of Disputes. Both Parties are parties to the Vienna Convention on
Consular Relations and to that Optional Protocol, without reservation. Antaria's objection that
the dispute concerns the operation of its domestic criminal justice system, and not the
interpretation or application of the Convention, is rejected.

2. Article 36 of the Vienna Convention on Consular Relations

The Court finds that Antaria breached its obligations under Article 36, paragraph 1 (b), of the
Vienna Convention by failing to inform three Belmoran nationals, without delay, of their right to
consular notification. In interpreting that provision, the Court applies the customary rules
reflected in Articles 31 and 32 of the Vienna Convention on the Law of Treaties. The ordinary
meaning of “without delay”, read in its context and in the light of the object and purpose of the
treaty, does not require notification at the moment of arrest, but it does require notification
as soon as it is realized that the person is a foreign national.

3. Human rights

Belmora also invoked Article 14, paragraph 3, of the International Covenant on Civil and Political
Rights, to which both States are parties. The Court observes that the compromissory clause on
which it relies covers only the consular Convention; it is therefore not called upon to rule on
the alleged violations of the Covenant.

4. Provisional measures and remedies

The Court recalls that its orders on provisional measures under Article 41 of the Statute have
binding effect. Antaria failed to comply with the Order of 3 March, in which the Court indicated
that the execution of Mr Oren Valdis should be stayed. By virtue of Article 94, paragraph 1, of the
Charter of the United Nations, each Member undertakes to comply with the decision of the Court in
any case to which it is a party. Antaria must therefore provide, by means of its own choosing,
effective review and reconsideration of the convictions and sentences, taking account of the
violation of the rights set forth in the Convention.
""",
        m("Article 36, paragraph 1, of the Statute", "icj-statute", "36(1)"),
        x(
            "Article I of the Optional Protocol to the Vienna Convention on Consular Relations"
            " concerning the Compulsory Settlement of Disputes"
        ),
        x("parties to the {Vienna Convention on Consular Relations}"),
        x("that Optional Protocol"),
        x("application of the {Convention}"),
        x("Article 36 of the Vienna Convention on Consular Relations"),
        x("Article 36, paragraph 1 (b), of the Vienna Convention"),
        m("Articles 31 and 32 of the Vienna Convention on the Law of Treaties", "vclt", "31 32"),
        m(
            "Article 14, paragraph 3, of the International Covenant on Civil and Political Rights",
            "iccpr",
            "14(3)",
        ),
        x("consular Convention"),
        m("violations of the {Covenant}", "iccpr"),
        m("Article 41 of the Statute", "icj-statute", "41"),
        m(
            "Article 94, paragraph 1, of the Charter of the United Nations",
            "un-charter",
            "94(1)",
        ),
        x("set forth in the {Convention}"),
    ),
    t(
        "heldout-ngo-01",
        "ngo",
        """
“They Keep Our Passports”: Migrant Domestic Workers in Qaresh

Summary

Over eight months in 2023, our researchers interviewed 64 women from Malvana and the Serin Islands
employed as domestic workers in Qaresh. Forty-one said their employer had confiscated their
passport; twenty-nine had worked more than 90 hours a week without a day off; nine described
being locked in the house. Under the sponsorship law, none of them could change employer without
the employer's written consent.

Legal framework

Qaresh has ratified the International Covenant on Economic, Social and Cultural Rights and the
International Covenant on Civil and Political Rights, but not the International Convention on the
Protection of the Rights of All Migrant Workers and Members of Their Families (ICRMW), nor the ILO
Domestic Workers Convention, 2011 (No. 189). Even so, the core protections are binding on it.
ICESCR Article 7 guarantees just and favourable conditions of work, including rest, leisure and
reasonable limitation of working hours; Article 8 ICCPR prohibits slavery, servitude and forced
labour. The confiscation of identity documents, which the Migrant Workers Convention expressly
forbids in article 21, also restricts the freedom to leave any country protected by article
12(2) of the ICCPR.

Qaresh is also a party to the Convention on the Elimination of All Forms of Discrimination
against Women. Its article 11 requires equal treatment in employment, and the CEDAW Committee's
general recommendation No. 26 explains how that obligation applies to women migrant workers. The
Palermo Protocol, which Qaresh ratified in 2009, obliges it to treat people trafficked into
domestic servitude as victims rather than as immigration offenders.

Recommendations to the Government of Qaresh

Abolish the requirement of employer consent to change jobs, and make passport confiscation a
criminal offence.

Extend the Labour Code to domestic workers, in line with Articles 6 and 7 of the ICESCR.

Ratify the ICRMW and ILO Convention No. 189, as well as the Optional Protocol to the Convention on
the Elimination of All Forms of Discrimination against Women.
""",
        m("International Covenant on Economic, Social and Cultural Rights", "icescr"),
        m("International Covenant on Civil and Political Rights", "iccpr"),
        m(
            "International Convention on the Protection of the Rights of All Migrant Workers and"
            " Members of Their Families",
            "icmw",
        ),
        x("({ICRMW})"),
        x("ILO Domestic Workers Convention, 2011 (No. 189)"),
        m("ICESCR Article 7", "icescr", "7"),
        m("Article 8 ICCPR", "iccpr", "8"),
        m("Migrant Workers Convention", "icmw"),
        m("forbids in {article 21}", "icmw", "21"),
        m("article 12(2) of the ICCPR", "iccpr", "12(2)"),
        m("Convention on the Elimination of All Forms of Discrimination against Women", "cedaw"),
        m("Its {article 11}", "cedaw", "11"),
        x("CEDAW Committee"),
        x("Palermo Protocol"),
        m("Articles 6 and 7 of the ICESCR", "icescr", "6 7"),
        m("Ratify the {ICRMW}", "icmw"),
        x("ILO Convention No. 189"),
        m(
            "Optional Protocol to the Convention on the Elimination of All Forms of Discrimination"
            " against Women",
            "cedaw-op",
        ),
    ),
    t(
        "heldout-news-01",
        "news",
        """
ICC judges issue warrant for former Varran interior minister

THE HAGUE — Judges at the International Criminal Court on Thursday issued an arrest warrant for
Pavel Streck, Varran's former interior minister, on charges of deportation and persecution of the
Ostrani minority, the court said.

The warrant, requested by the prosecutor in March, accuses Streck of crimes against humanity under
Article 7(1)(d) and (h) of the Rome Statute for his role in the expulsion of some 80,000 Ostrani
villagers across the border in 2021. He is also accused of the murder of detained villagers, a war
crime under Article 8(2)(c)(i) of the Rome Statute, which draws on common Article 3 of the 1949
Geneva Conventions.

Varran is not a member of the court, but the neighbouring state of Lesk, where the deportees
arrived, has accepted its jurisdiction. Under the court's founding treaty, it is enough that part
of the crime took place on the territory of a member state.

Varran's government called the warrant "a political act" and said it would not cooperate. The
foreign ministry argued that Streck enjoyed immunity as a former minister. Legal experts
disagreed. "Article 27 of the statute is explicit: official capacity is irrelevant," said Nadia
Oyelaran, who teaches international criminal law at Brennmark University. "And the crimes he is
accused of are not subject to any statute of limitations, under national law or under article 29
of the Rome Statute."

Rights groups also pointed to the Genocide Convention, which Varran ratified in 1951, although the
prosecutor has not charged genocide. "Deportation is not in itself genocide under Article II, but
the evidence of intent should be looked at," said Tomas Reyl of the Ostrani Rights Centre.

All 124 member states are now obliged to arrest Streck if he enters their territory. Whether they
will is another matter: Streck attended his party's convention in a neighbouring country last
month without incident.

The court said the warrant would remain partly under seal to protect witnesses.
""",
        m("Article 7(1)(d) and (h) of the Rome Statute", "rome-statute", "7(1)(d) 7(1)(h)"),
        m("Article 8(2)(c)(i) of the Rome Statute", "rome-statute", "8(2)(c)(i)"),
        m("Article 3 of the 1949 Geneva Conventions", "geneva-conventions-1949", "3"),
        m("Article 27 of the statute", "rome-statute", "27"),
        x("statute of limitations"),
        m("article 29 of the Rome Statute", "rome-statute", "29"),
        m("Genocide Convention", "genocide-convention"),
        m("Article II", "genocide-convention", "II"),
        x("party's convention"),
    ),
    t(
        "heldout-news-02",
        "news",
        """
Strasbourg court condemns Norvala over 'inhuman' conditions at Drenn prison

STRASBOURG — The European Court of Human Rights ruled on Tuesday that Norvala had subjected
inmates at Drenn high-security prison to inhuman and degrading treatment, in a judgment that could
force the government to close the prison's oldest wing.

The seven judges found unanimously that holding three men for up to 23 hours a day in cells of
less than three square metres each, without running water, breached Article 3 of the European
Convention on Human Rights, which prohibits torture and inhuman or degrading treatment in absolute
terms. They also found a violation of Article 13 of the convention, because the prisoners had no
effective way to complain about their conditions in Norvala's courts.

The ruling relied heavily on reports by the Council of Europe's anti-torture committee, which
visits prisons under the European Convention for the Prevention of Torture and Inhuman or
Degrading Treatment or Punishment. The committee described the wing in 2021 as "unfit for human
habitation".

Norvala's justice ministry said it would "study the judgment carefully". Under Article 46 of the
convention, the country is bound to comply, and the Council of Europe's Committee of Ministers
will supervise the measures it takes.

Human rights groups said the case should also prompt Norvala to let UN inspectors in. A
delegation of the UN Subcommittee on Prevention of Torture was turned away at Drenn's gates in
May, despite Norvala's obligations under the Optional Protocol to the Convention against Torture.
"Article 14 of OPCAT gives the subcommittee unrestricted access to all places of detention. A
prison director cannot simply say no," said Ilse Marten of the Prison Watch Network.

The UN Committee Against Torture (CAT), which monitors compliance with the UN Convention Against
Torture, is due to review Norvala's record in November. Prison staff had been following "the
standard lockdown protocol" when the inspectors arrived, a ministry spokesperson said.
""",
        m("Article 3 of the European Convention on Human Rights", "echr", "3"),
        m("Article 13 of the convention", "echr", "13"),
        x(
            "European Convention for the Prevention of Torture and Inhuman or Degrading Treatment"
            " or Punishment"
        ),
        m("Article 46 of the convention", "echr", "46"),
        x("Subcommittee on Prevention of Torture"),
        m("Optional Protocol to the Convention against Torture", "opcat"),
        m("Article 14 of OPCAT", "opcat", "14"),
        x("Committee Against Torture (CAT)"),
        m("UN Convention Against Torture", "cat"),
        x("lockdown protocol"),
    ),
    t(
        "heldout-press-release-01",
        "press-release",
        """
DORAVA, Kessaly, May 18. The Council of the Mirani Community has called on the United Nations and
UNESCO to investigate the destruction of Mirani churches and cemeteries in the Upper Selva region,
Kessaly Press reports.

"Since the ceasefire of 2019, at least fourteen churches, three monasteries and more than twenty
cemeteries in the villages our families were forced to leave have been bulldozed or turned into
warehouses," the Council said in a statement issued on Sunday.

The Council said the destruction had been carried out deliberately, with the knowledge of the
authorities that took control of the region, and that it was intended to erase every trace of the
Mirani presence.

"Deliberate attacks on buildings dedicated to religion and on historic monuments are war crimes
under Article 8(2)(b)(ix) of the Rome Statute. The 1954 Hague Convention for the Protection of
Cultural Property in the Event of Armed Conflict and Article 53 of Additional Protocol I to the
Geneva Conventions protect such places, and the Fourth Geneva Convention forbids an occupying
power to transfer parts of its own population into the territory it occupies," the statement
said.

The Council also recalled that the International Convention on the Elimination of All Forms of
Racial Discrimination guarantees, in its article 5, the right of everyone to equality before the
law in the enjoyment of civil and cultural rights, "including the right to return to one's
country".

"The Declaration on the Rights of Persons Belonging to National or Ethnic, Religious and
Linguistic Minorities also places a clear duty on states to protect the existence and identity of
minorities. We ask only that these obligations be respected," the Council said.

The Council called on UNESCO to send a mission to the region and on the UN Secretary-General to
raise the issue with the authorities concerned.
""",
        m("Article 8(2)(b)(ix) of the Rome Statute", "rome-statute", "8(2)(b)(ix)"),
        x(
            "1954 Hague Convention for the Protection of Cultural Property in the Event of Armed"
            " Conflict"
        ),
        m("Article 53 of Additional Protocol I to the Geneva Conventions", "ap-i", "53"),
        m("Fourth Geneva Convention", "gc-iv"),
        m(
            "International Convention on the Elimination of All Forms of Racial Discrimination",
            "icerd",
        ),
        m("its {article 5}", "icerd", "5"),
        x(
            "Declaration on the Rights of Persons Belonging to National or Ethnic, Religious and"
            " Linguistic Minorities"
        ),
    ),
    t(
        "heldout-academic-01",
        "academic",
        """
Deprivation of Nationality as a Counter-Terrorism Measure: Taking Stock

Since 2014, at least fifteen States have extended their powers to deprive citizens of their
nationality on national security grounds. This article asks how far those powers are constrained
by the two statelessness treaties, the Convention relating to the Status of Stateless Persons of
1954 (the '1954 Convention') and the Convention on the Reduction of Statelessness of 1961 (the
'1961 Convention'), and by general human rights law.

The 1954 Convention does not prohibit deprivation at all. Its contribution is definitional: a
stateless person is someone 'who is not considered as a national by any State under the operation
of its law' (art. 1(1)). By contrast, Article 8(1) of the 1961 Convention forbids deprivation that
would render a person stateless, subject to the exceptions in Article 8(2) and (3). The security
exception in Article 8(3)(a)(ii), open only to States that retained it at the time of signature,
ratification or accession, is the one most often invoked. Few States made such a declaration, and
several of those now using deprivation powers, including Lessmark, did not.

Human rights law adds a second layer. Article 15(2) of the Universal Declaration of Human Rights
prohibits arbitrary deprivation of nationality, and the prohibition is echoed in ICCPR art. 24(3)
for children and in Article 9 of CEDAW for married women. Regional instruments go further: the
American Convention on Human Rights, art. 20(3), and the European Convention on Nationality of
1997, whose Article 7 lists exhaustively the grounds on which nationality may be lost.

The Convention on the Rights of the Child is of particular importance because deprivation often
affects children through their parents. Under arts 7–8 CRC, the child has the right to acquire a
nationality and to preserve his or her identity, and under article 3(1) the best interests of the
child must be a primary consideration.

I argue that, taken together, these provisions leave very little room for deprivation that
results in statelessness, whatever a State's declaration under the 1961 Convention says.
""",
        x("This article"),
        m("Convention relating to the Status of Stateless Persons", "stateless-persons-1954"),
        x("(the '{1954 Convention}')"),
        m("Convention on the Reduction of Statelessness", "statelessness-1961"),
        x("(the '{1961 Convention}')"),
        m("The {1954 Convention} does not", "stateless-persons-1954"),
        m("art. 1(1)", "stateless-persons-1954", "1(1)"),
        m("Article 8(1) of the 1961 Convention", "statelessness-1961", "8(1)"),
        m("Article 8(2) and (3)", "statelessness-1961", "8(2) 8(3)"),
        m("Article 8(3)(a)(ii)", "statelessness-1961", "8(3)(a)(ii)"),
        x("such a declaration"),
        m("Article 15(2) of the Universal Declaration of Human Rights", "udhr", "15(2)"),
        m("ICCPR art. 24(3)", "iccpr", "24(3)"),
        m("Article 9 of CEDAW", "cedaw", "9"),
        m("American Convention on Human Rights, art. 20(3)", "achr", "20(3)"),
        x("European Convention on Nationality"),
        x("whose {Article 7}"),
        m("Convention on the Rights of the Child", "crc"),
        m("arts 7–8 CRC", "crc", "7 8"),
        m("article 3(1)", "crc", "3(1)"),
        x("State's declaration"),
        m("under the {1961 Convention} says", "statelessness-1961"),
    ),
    t(
        "heldout-academic-02",
        "academic",
        """
Reasonableness Review under the Optional Protocol to the ICESCR: Ten Years of Views

1. Introduction

When the Optional Protocol to the International Covenant on Economic, Social and Cultural Rights
entered into force in 2013, critics predicted that the Committee on Economic, Social and Cultural
Rights (CESCR) would either be overwhelmed by complaints or would second-guess budgetary choices
that belong to governments. Neither prediction has come true. This article examines the first ten
years of Views adopted under the OP-ICESCR, with particular attention to evictions.

2. The standard of review

The drafters anticipated the budgetary objection. Article 8(4) of the Optional Protocol directs
the Committee to consider 'the reasonableness of the steps taken by the State Party in accordance
with part II of the Covenant' and to bear in mind that the State may adopt a range of possible
policy measures. Part II, which comprises articles 2 to 5, contains the core obligation of
progressive realisation in Article 2(1) and the non-discrimination guarantee of Article 2(2);
Article 4, the general limitation clause, permits only limitations 'compatible with the nature of
these rights'.

In the eviction cases the Committee has read the right to adequate housing in Article 11(1) of
the Covenant together with these provisions. It has repeatedly found violations where evictions
left families homeless without any assessment of proportionality, and it has used its power under
art. 5 OP-ICESCR to request interim measures suspending evictions while a communication is
pending. Some early commentary even cited an article 33 of the Protocol, which has only 22
articles.

3. International cooperation

The Committee has been more cautious about extraterritorial obligations. Although Article 2(1) of
the Covenant refers to 'international assistance and co-operation', and Articles 55 and 56 of the
UN Charter commit Members to joint and separate action, the Views contain no finding against a
donor State. Scholars have relied instead on the Maastricht Principles on Extraterritorial
Obligations of States in the area of Economic, Social and Cultural Rights, a soft-law text whose
Principle 9 sets out the bases of jurisdiction.

4. Conclusion

The Protocol has produced a modest but coherent body of case law, far from the flood that was
feared.
""",
        m("Optional Protocol to the ICESCR", "icescr-op"),
        m(
            "Optional Protocol to the International Covenant on Economic, Social and Cultural"
            " Rights",
            "icescr-op",
        ),
        x("Committee on Economic, Social and Cultural Rights (CESCR)"),
        x("This article"),
        m("under the {OP-ICESCR}", "icescr-op"),
        m("Article 8(4) of the Optional Protocol", "icescr-op", "8(4)"),
        m("part II of the {Covenant}", "icescr"),
        m("articles 2 to 5", "icescr", "2 3 4 5"),
        m("realisation in {Article 2(1)}", "icescr", "2(1)"),
        m("Article 2(2)", "icescr", "2(2)"),
        m("; {Article 4}, the general", "icescr", "4"),
        m("Article 11(1) of the Covenant", "icescr", "11(1)"),
        m("art. 5 OP-ICESCR", "icescr-op", "5"),
        m("article 33 of the Protocol", "icescr-op", invalid="33"),
        x("22 articles"),
        m("Article 2(1) of the Covenant", "icescr", "2(1)"),
        m("Articles 55 and 56 of the UN Charter", "un-charter", "55 56"),
        x(
            "Maastricht Principles on Extraterritorial Obligations of States in the area of"
            " Economic, Social and Cultural Rights"
        ),
        x("whose {Principle 9}"),
        m("The {Protocol} has produced", "icescr-op"),
    ),
]

# --------------------------------------------------------------------------------------
# French
# --------------------------------------------------------------------------------------

HELDOUT += [
    fr(
        "heldout-fr-un-formal-01",
        "un-formal",
        """
Note verbale datée du 14 septembre, adressée au Haut-Commissariat des Nations Unies aux droits de
l'homme par la Mission permanente de la République de Valonie auprès de l'Office des Nations Unies
à Genève

La Mission permanente de la République de Valonie auprès de l'Office des Nations Unies à Genève
présente ses compliments au Haut-Commissariat des Nations Unies aux droits de l'homme et a
l'honneur de se référer à la communication conjointe des titulaires de mandat au titre des
procédures spéciales en date du 2 juillet, concernant la situation de M. Arnaud Keller.

Le Gouvernement de la Valonie tient à rappeler que M. Keller a été placé en garde à vue le 11 mai,
conformément à l'article 63 du Code de procédure pénale, et présenté à un juge d'instruction dans
un délai de quarante-huit heures. Il a pu s'entretenir avec l'avocat de son choix dès la première
heure. Ces garanties sont pleinement conformes à l'article 9, paragraphes 3 et 4, du Pacte
international relatif aux droits civils et politiques, auquel la Valonie est partie depuis 1981,
ainsi qu'à l'article 9 de la Déclaration universelle des droits de l'homme.

S'agissant des allégations de mauvais traitements, le Gouvernement rappelle que la Valonie a
ratifié la Convention contre la torture et autres peines ou traitements cruels, inhumains ou
dégradants ainsi que son Protocole facultatif. Le mécanisme national de prévention institué en
application de l'article 17 du Protocole a visité le commissariat central de Brenne le 13 mai et
n'a relevé aucune trace de violence. Une enquête a néanmoins été ouverte par le parquet, comme
l'exige l'article 12 de la Convention.

Enfin, le Gouvernement souligne que la procédure pénale en cours respecte les garanties énoncées
à l'article 14 du Pacte, notamment le droit d'être jugé sans retard excessif, prévu à l'alinéa c)
du paragraphe 3 de cet article.

La Mission permanente de la République de Valonie saisit cette occasion pour renouveler au
Haut-Commissariat les assurances de sa très haute considération.
""",
        x("article 63 du Code de procédure pénale"),
        m(
            "article 9, paragraphes 3 et 4, du Pacte international relatif aux droits civils et"
            " politiques",
            "iccpr",
            "9(3) 9(4)",
        ),
        m("article 9 de la Déclaration universelle des droits de l'homme", "udhr", "9"),
        m(
            "Convention contre la torture et autres peines ou traitements cruels, inhumains ou"
            " dégradants",
            "cat",
        ),
        m("son {Protocole facultatif}", "opcat"),
        m("article 17 du Protocole", "opcat", "17"),
        m("article 12 de la Convention", "cat", "12"),
        m("article 14 du Pacte", "iccpr", "14"),
        m("alinéa c) du paragraphe 3 de cet article", "iccpr", "14(3)(c)"),
    ),
    fr(
        "heldout-fr-treaty-body-01",
        "treaty-body",
        """
Constatations adoptées par le Comité des droits de l'enfant au titre du Protocole facultatif à la
Convention relative aux droits de l'enfant établissant une procédure de présentation de
communications, concernant la communication no 211/2022

1.1 L'auteur de la communication est K. D., de nationalité guinéenne, né le 3 février 2005. Il
affirme être victime de violations par l'État partie des articles 3, 8, 12 et 20 de la
Convention relative aux droits de l'enfant (« la Convention »). Le Protocole facultatif est
entré en vigueur pour l'État partie le 14 avril 2014.

1.2 Le 9 juin 2022, le groupe de travail des communications, agissant au nom du Comité, a demandé
à l'État partie, en application de l'article 6 du Protocole facultatif, de placer l'auteur dans
un centre pour mineurs pendant l'examen de sa communication.

Rappel des faits présentés par l'auteur

2.1 L'auteur est arrivé en Lorvanie en avril 2022. Bien qu'il ait présenté un extrait d'acte de
naissance, les services départementaux l'ont considéré comme majeur à l'issue d'un entretien de
vingt minutes, sans examen de ce document ni désignation d'un représentant.

Examen au fond

8.3 Le Comité rappelle que la détermination de l'âge d'une personne jeune qui affirme être mineure
revêt une importance capitale, puisque son résultat détermine si cette personne pourra ou non
bénéficier de la protection de la Convention. Les documents disponibles doivent être considérés
comme authentiques, sauf preuve du contraire.

8.5 Le Comité considère que l'État partie, en n'accordant aucun poids à l'extrait d'acte de
naissance et en ne désignant pas de représentant à l'auteur, n'a pas tenu compte de son intérêt
supérieur, en violation de l'article 3, paragraphe 1, de la Convention, ni respecté son droit à
l'identité protégé par l'article 8. Le fait de l'avoir laissé sans protection pendant cinq mois
constitue en outre une violation de l'article 20, paragraphe 1.

9. Le Comité, agissant en vertu du paragraphe 5 de l'article 10 du Protocole facultatif, constate
que les faits dont il est saisi font apparaître une violation des articles 3, 8, 12 et 20 de la
Convention. Il note par ailleurs que la Convention de La Haye du 19 octobre 1996 concernant la
compétence, la loi applicable, la reconnaissance, l'exécution et la coopération en matière de
responsabilité parentale et de mesures de protection des enfants n'est pas en cause en l'espèce.
""",
        x("Comité des droits de l'enfant"),
        m(
            "Protocole facultatif à la Convention relative aux droits de l'enfant établissant une"
            " procédure de présentation de communications",
            "crc-opic",
        ),
        m(
            "articles 3, 8, 12 et 20 de la Convention relative aux droits de l'enfant",
            "crc",
            "3 8 12 20",
        ),
        x("« la Convention »"),
        m("Le {Protocole facultatif} est", "crc-opic"),
        m("article 6 du Protocole facultatif", "crc-opic", "6"),
        m("protection de la {Convention}", "crc"),
        m("article 3, paragraphe 1, de la Convention", "crc", "3(1)"),
        m("par l'{article 8}", "crc", "8"),
        m("article 20, paragraphe 1", "crc", "20(1)"),
        m("paragraphe 5 de l'article 10 du Protocole facultatif", "crc-opic", "10(5)"),
        m("articles 3, 8, 12 et 20 de la Convention", "crc", "3 8 12 20", n=1),
        x(
            "Convention de La Haye du 19 octobre 1996 concernant la compétence, la loi applicable,"
            " la reconnaissance, l'exécution et la coopération en matière de responsabilité"
            " parentale et de mesures de protection des enfants"
        ),
    ),
    fr(
        "heldout-fr-treaty-body-02",
        "treaty-body",
        """
Observations finales concernant le rapport de la Bérande valant vingt et unième à vingt-troisième
rapports périodiques

1. Le Comité a examiné le rapport de la Bérande à ses 3012e et 3013e séances, les 18 et 19 avril,
et a adopté les présentes observations finales à sa 3024e séance, le 28 avril.

A. Aspects positifs

4. Le Comité salue la ratification par l'État partie de la Convention-cadre pour la protection
des minorités nationales et l'adoption, en 2022, d'un plan national de lutte contre le racisme
inspiré de la Déclaration et du Programme d'action de Durban.

B. Préoccupations et recommandations

Définition de la discrimination raciale

6. Le Comité note avec préoccupation que la loi sur l'égalité de traitement ne couvre pas la
discrimination fondée sur l'ascendance ou l'origine nationale, contrairement à l'article premier,
paragraphe 1, de la Convention internationale sur l'élimination de toutes les formes de
discrimination raciale. Il recommande à l'État partie d'aligner sa législation sur la définition
énoncée dans cette disposition.

Discours de haine raciste

9. Le Comité est préoccupé par la multiplication des discours de haine visant les Roms et les
personnes d'ascendance africaine, y compris de la part de responsables politiques. Rappelant ses
recommandations générales no 15 et no 35, il recommande à l'État partie de donner pleinement effet
aux alinéas a) et b) de l'article 4 de la Convention, et de retirer la réserve qu'il a formulée à
l'égard de cette disposition lors de la ratification.

Peuples autochtones

12. Le Comité regrette que les communautés sames du nord du pays n'aient pas été consultées avant
l'octroi de permis d'exploitation minière. Il rappelle l'article 5 d) v) de la Convention et
invite l'État partie à s'inspirer de la Déclaration des Nations Unies sur les droits des peuples
autochtones, en particulier de son article 32, ainsi qu'à ratifier la Convention no 169 de
l'Organisation internationale du Travail.

Communications individuelles

20. Le Comité encourage l'État partie à faire la déclaration facultative prévue à l'article 14 de
la Convention, afin de reconnaître la compétence du Comité pour recevoir et examiner des
communications émanant de particuliers.
""",
        x("Convention-cadre pour la protection des minorités nationales"),
        x("Déclaration et du Programme d'action de Durban"),
        m(
            "article premier, paragraphe 1, de la Convention internationale sur l'élimination de"
            " toutes les formes de discrimination raciale",
            "icerd",
            "1(1)",
        ),
        m("alinéas a) et b) de l'article 4 de la Convention", "icerd", "4(a) 4(b)"),
        m("article 5 d) v) de la Convention", "icerd", "5(d)(v)"),
        m("Déclaration des Nations Unies sur les droits des peuples autochtones", "undrip"),
        m("son {article 32}", "undrip", "32"),
        x("Convention no 169 de l'Organisation internationale du Travail"),
        x("déclaration facultative"),
        m("article 14 de la Convention", "icerd", "14"),
    ),
    fr(
        "heldout-fr-court-01",
        "court",
        """
DEUXIÈME SECTION

AFFAIRE MOREAU-ADJEI c. ORVALIE

(Requête no 30218/20)

ARRÊT

PROCÉDURE

1. À l'origine de l'affaire se trouve une requête dirigée contre la République d'Orvalie et dont
un ressortissant ghanéen, M. Kwame Moreau-Adjei (« le requérant »), a saisi la Cour en vertu de
l'article 34 de la Convention de sauvegarde des droits de l'homme et des libertés fondamentales
(« la Convention »).

EN DROIT

I. SUR LA VIOLATION ALLÉGUÉE DE L'ARTICLE 8 DE LA CONVENTION

48. Le requérant, qui réside en Orvalie depuis l'âge de six ans, se plaint de ce que son
expulsion, ordonnée à la suite d'une condamnation pour trafic de stupéfiants, porte une atteinte
disproportionnée à son droit au respect de sa vie privée et familiale. Il invoque l'article 8 de
la Convention.

49. Le Gouvernement soutient que la mesure était prévue par la loi et poursuivait les buts
légitimes énumérés au paragraphe 2 de l'article 8 de la Convention, à savoir la défense de
l'ordre et la prévention des infractions pénales.

50. La Cour rappelle que la Convention ne garantit pas, comme tel, le droit d'un étranger
d'entrer ou de résider sur le territoire d'un pays déterminé. Toutefois, l'expulsion d'un immigré
établi de longue date, qui a passé l'essentiel de son enfance dans l'État d'accueil, exige des
raisons très solides.

51. En l'espèce, les juridictions internes n'ont pas examiné l'intérêt supérieur des deux enfants
du requérant, nés en Orvalie, alors même que l'article 3, paragraphe 1, de la Convention relative
aux droits de l'enfant, ratifiée par l'État défendeur, commande d'en faire une considération
primordiale.

52. Dans ces conditions, la Cour estime que l'ingérence n'était pas nécessaire dans une société
démocratique au sens de l'article 8 § 2 de la Convention. Partant, il y a eu violation de
l'article 8.

II. SUR LA VIOLATION ALLÉGUÉE DE L'ARTICLE 13 DE LA CONVENTION COMBINÉ AVEC L'ARTICLE 8

55. Le requérant se plaint également de l'absence de recours suspensif. La Cour rappelle que
l'exigence d'un recours de plein droit suspensif, qui vaut pour les griefs tirés des articles 2
et 3 de la Convention, ne s'applique pas en principe aux griefs tirés du seul article 8. Le
requérant ne soutient pas que son renvoi l'exposerait à un risque de mauvais traitements. Il n'y
a donc pas eu violation de l'article 13 de la Convention.

III. SUR L'APPLICATION DE L'ARTICLE 41 DE LA CONVENTION

60. La Cour dit que le constat de violation constitue en soi une satisfaction équitable suffisante
pour le dommage moral subi. Elle relève enfin que l'article 7 de la Charte des droits
fondamentaux de l'Union européenne, invoqué devant les juridictions internes, ne relève pas de sa
compétence.
""",
        m(
            "article 34 de la Convention de sauvegarde des droits de l'homme et des libertés"
            " fondamentales",
            "echr",
            "34",
        ),
        x("« la Convention »"),
        m("ARTICLE 8 DE LA CONVENTION", "echr", "8"),
        m("article 8 de la Convention", "echr", "8"),
        m("paragraphe 2 de l'article 8 de la Convention", "echr", "8(2)"),
        m("que la {Convention} ne garantit", "echr"),
        m(
            "article 3, paragraphe 1, de la Convention relative aux droits de l'enfant",
            "crc",
            "3(1)",
        ),
        m("article 8 § 2 de la Convention", "echr", "8(2)"),
        m("violation de l'{article 8}.", "echr", "8"),
        m("ARTICLE 13 DE LA CONVENTION", "echr", "13"),
        m("AVEC L'{ARTICLE 8}", "echr", "8"),
        m("articles 2 et 3 de la Convention", "echr", "2 3"),
        m("seul {article 8}", "echr", "8"),
        m("article 13 de la Convention", "echr", "13"),
        m("ARTICLE 41 DE LA CONVENTION", "echr", "41"),
        x("article 7 de la Charte des droits fondamentaux de l'Union européenne"),
    ),
    fr(
        "heldout-fr-court-02",
        "court",
        """
LA CHAMBRE PRÉLIMINAIRE II

SITUATION EN RÉPUBLIQUE DE KORVANIE

Décision relative à la requête du Procureur aux fins de délivrance d'un mandat d'arrêt à
l'encontre de M. Ilian Vessko

I. Rappel de la procédure

1. Le 12 janvier, le Procureur a présenté, en vertu de l'article 58 du Statut de Rome de la Cour
pénale internationale (le « Statut »), une requête aux fins de délivrance d'un mandat d'arrêt à
l'encontre de M. Ilian Vessko, ancien gouverneur militaire de la province de Dasha.

II. Compétence et recevabilité

5. La République de Korvanie n'est pas partie au Statut, mais elle a déposé le 3 mars une
déclaration d'acceptation de la compétence de la Cour au titre de l'article 12-3. La Chambre est
convaincue que les crimes allégués ont été commis sur le territoire de la Korvanie après la date
indiquée dans cette déclaration.

III. Les crimes allégués

12. Le Procureur allègue que, entre avril et septembre, les forces placées sous le commandement
de M. Vessko ont expulsé de force plus de 25 000 civils des villages de la vallée de la Dasha vers
le territoire de l'État voisin. La Chambre estime qu'il existe des motifs raisonnables de croire
que ces faits sont constitutifs du crime contre l'humanité de déportation visé à l'article 7-1-d
du Statut et du crime de guerre de déportation ou de transfert illégal visé à l'article 8-2-a-vii.

13. La Chambre rappelle que la déportation de personnes protégées est interdite par l'article 49
de la quatrième Convention de Genève et qu'elle constitue une infraction grave au sens de son
article 147. Les Conventions de Genève ont été ratifiées par la Korvanie en 1954.

IV. Responsabilité pénale individuelle

15. Il existe des motifs raisonnables de croire que M. Vessko est pénalement responsable, au sens
de l'article 25-3-b du Statut, pour avoir ordonné les expulsions ou, à titre subsidiaire, en
qualité de chef militaire au sens de l'article 28 a).

V. Dispositif

PAR CES MOTIFS, LA CHAMBRE délivre un mandat d'arrêt à l'encontre de M. Ilian Vessko,
conformément à l'article 58-1 du Statut, et ordonne au Greffier de transmettre une demande
d'arrestation et de remise aux États parties, conformément aux articles 89 et 91.
""",
        m("article 58 du Statut de Rome de la Cour pénale internationale", "rome-statute", "58"),
        x("« Statut »"),
        m("partie au {Statut}", "rome-statute"),
        x("déclaration d'acceptation"),
        m("article 12-3", "rome-statute", "12(3)"),
        x("cette déclaration"),
        m("article 7-1-d du Statut", "rome-statute", "7(1)(d)"),
        m("article 8-2-a-vii", "rome-statute", "8(2)(a)(vii)"),
        m("article 49 de la quatrième Convention de Genève", "gc-iv", "49"),
        m("son {article 147}", "gc-iv", "147"),
        m("Conventions de Genève", "geneva-conventions-1949"),
        m("article 25-3-b du Statut", "rome-statute", "25(3)(b)"),
        m("article 28 a)", "rome-statute", "28(a)"),
        m("article 58-1 du Statut", "rome-statute", "58(1)"),
        m("articles 89 et 91", "rome-statute", "89 91"),
    ),
    fr(
        "heldout-fr-ngo-01",
        "ngo",
        """
Mabeli : l'étau se resserre sur la société civile

Synthèse

Depuis l'adoption, en juillet 2021, de la loi no 2021-14 relative aux associations, au moins 37
organisations de défense des droits humains ont été suspendues ou dissoutes en République du
Mabeli. Notre enquête, fondée sur 52 entretiens menés à Bandiko et dans trois capitales
régionales, montre que ces mesures visent d'abord les associations qui documentent les abus des
forces de sécurité.

La loi impose à toute association recevant des fonds étrangers d'obtenir un agrément annuel du
ministère de l'Intérieur, et son article 23 permet de dissoudre par simple arrêté toute
organisation « portant atteinte à l'unité nationale ». Plusieurs associations ont en outre été
contraintes de signer une charte éthique rédigée par le ministère.

Le cadre juridique applicable

Le Mabeli est partie à la Charte africaine des droits de l'homme et des peuples (CADHP) et au
Pacte international relatif aux droits civils et politiques. L'article 10 de la Charte africaine
garantit à toute personne le droit de constituer librement des associations, et l'article 22,
paragraphe 2, du Pacte n'admet que les restrictions prévues par la loi et nécessaires dans une
société démocratique. Une dissolution par voie administrative, sans contrôle juridictionnel
préalable, ne satisfait pas à ces exigences. Le gouvernement a bien invoqué, pour justifier ces
mesures, l'article 70 de la Charte africaine, mais cette disposition n'existe pas : la Charte ne
compte que 68 articles.

La Déclaration des Nations Unies sur les défenseurs des droits de l'homme, adoptée par consensus
en 1998, consacre en son article 13 le droit de solliciter, de recevoir et d'utiliser des
ressources dans le but de promouvoir et protéger les droits de l'homme. L'article 20, paragraphe
2, de la DUDH, enfin, proclame que nul ne peut être obligé de faire partie d'une association — une
garantie que méconnaît l'obligation faite aux ONG d'adhérer à une « plateforme nationale »
contrôlée par le gouvernement.

Recommandations au Gouvernement du Mabeli

Abroger les articles 18 à 23 de la loi no 2021-14 et rétablir les organisations dissoutes.

Se conformer aux articles 9 à 11 de la CADHP et inviter la Rapporteuse spéciale de la Commission
africaine sur les défenseurs des droits de l'homme.
""",
        x("son article 23"),
        x("charte éthique"),
        m("Charte africaine des droits de l'homme et des peuples", "achpr"),
        x("({CADHP})"),
        m("Pacte international relatif aux droits civils et politiques", "iccpr"),
        m("article 10 de la Charte africaine", "achpr", "10"),
        m("article 22, paragraphe 2, du Pacte", "iccpr", "22(2)"),
        m("article 70 de la Charte africaine", "achpr", invalid="70"),
        m("la {Charte} ne compte", "achpr"),
        x("68 articles"),
        m(
            "Déclaration des Nations Unies sur les défenseurs des droits de l'homme",
            "declaration-human-rights-defenders",
        ),
        m("son {article 13}", "declaration-human-rights-defenders", "13"),
        m("article 20, paragraphe 2, de la DUDH", "udhr", "20(2)"),
        x("articles 18 à 23 de la loi no 2021-14"),
        m("articles 9 à 11 de la CADHP", "achpr", "9 10 11"),
    ),
    fr(
        "heldout-fr-news-01",
        "news",
        """
Refoulements à la frontière : la justice désavoue la préfecture

Le tribunal administratif de Valmont a suspendu jeudi l'arrêté préfectoral qui autorisait la
police aux frontières à renvoyer « sans délai » vers la Lestrie les exilés interpellés dans la
bande des vingt kilomètres. Une décision saluée par les associations, qui dénoncent depuis des
mois des refoulements à la chaîne.

Dans son ordonnance, le juge des référés rappelle que la convention de Genève de 1951 interdit
d'expulser ou de refouler un réfugié « sur les frontières des territoires où sa vie ou sa liberté
serait menacée », et que cette interdiction s'applique aussi aux demandeurs d'asile dont la
demande n'a pas encore été examinée. Il cite l'article 33 de la convention, mais aussi l'article
3 de la CEDH, qui prohibe la torture et les traitements inhumains ou dégradants, et l'article 4 du
protocole no 4 à cette même convention, qui interdit les expulsions collectives d'étrangers.

« Le juge rappelle une évidence : on ne peut pas renvoyer quelqu'un sans examiner sa situation »,
se félicite Me Hélène Brac, avocate de l'Association d'aide aux exilés. Selon elle, plus de 1 200
personnes ont été refoulées depuis janvier, dont des mineurs isolés, pourtant protégés par la
Convention internationale des droits de l'enfant.

Le ministère de l'Intérieur a annoncé qu'il ferait appel devant le Conseil d'État. Il fait valoir
que ces contrôles s'inscrivent dans le cadre du futur pacte européen sur la migration et l'asile,
et que les personnes concernées peuvent déposer une demande d'asile en Lestrie, pays lui aussi
signataire de la convention de Genève.

Pour le Haut-Commissariat des Nations unies pour les réfugiés, qui suit le dossier, la question
n'est pas là. « Un renvoi vers un pays tiers n'est possible que si la personne y a effectivement
accès à une protection conforme à la convention et au protocole de 1967 », rappelle un
porte-parole.
""",
        m("convention de Genève de 1951", "refugee-convention-1951"),
        m("article 33 de la convention", "refugee-convention-1951", "33"),
        m("article 3 de la CEDH", "echr", "3"),
        x("article 4 du protocole no 4 à cette même convention"),
        m("Convention internationale des droits de l'enfant", "crc"),
        x("pacte européen sur la migration et l'asile"),
        m("convention de Genève", "refugee-convention-1951", n=1),
        m("conforme à la {convention} et", "refugee-convention-1951"),
        m("protocole de 1967", "refugee-protocol-1967"),
    ),
    fr(
        "heldout-fr-press-release-01",
        "press-release",
        """
SOLVENE, 3 avril (Agence Presse Centrale) – L'Union des déplacés du Haut-Miren a appelé jeudi les
Nations unies à garantir le retour des quelque 40 000 personnes chassées de la région lors du
conflit de 1994, a-t-on appris auprès de l'organisation.

« Trente ans après, nos maisons sont occupées, nos terres ont été redistribuées et nos cimetières
ont été rasés. Nous ne demandons pas la charité, mais l'application du droit », a déclaré l'Union
dans un communiqué.

L'organisation rappelle que le droit au retour est consacré par l'article 13 de la Déclaration
universelle des droits de l'homme et par le paragraphe 4 de l'article 12 du Pacte international
relatif aux droits civils et politiques, aux termes duquel « nul ne peut être arbitrairement privé
du droit d'entrer dans son propre pays ».

« Les Principes directeurs relatifs au déplacement de personnes à l'intérieur de leur propre pays
sont clairs : le principe 28 impose aux autorités de créer les conditions d'un retour librement
consenti, en toute sécurité et dans la dignité, et le principe 29 les oblige à aider les personnes
déplacées à récupérer leurs biens », poursuit le communiqué, qui cite également les Principes de
Pinheiro sur la restitution des logements et des biens.

L'Union dénonce en outre la « charte de réconciliation » signée en 2019 par les autorités
régionales, qui prévoit l'indemnisation forfaitaire des propriétaires déplacés en échange de la
renonciation à tout retour. « Ce texte viole le principe 10 des Principes Pinheiro, qui reconnaît
le droit au retour volontaire », estime l'organisation.

Enfin, l'Union remercie le gouvernement de la Solvénie pour l'accueil des déplacés et appelle
l'Assemblée générale à adopter une résolution sur la situation du Haut-Miren lors de sa prochaine
session.
""",
        m("article 13 de la Déclaration universelle des droits de l'homme", "udhr", "13"),
        m(
            "paragraphe 4 de l'article 12 du Pacte international relatif aux droits civils et"
            " politiques",
            "iccpr",
            "12(4)",
        ),
        m(
            "Principes directeurs relatifs au déplacement de personnes à l'intérieur de leur"
            " propre pays",
            "guiding-principles-idp",
        ),
        m("principe 28", "guiding-principles-idp", "28"),
        m("principe 29", "guiding-principles-idp", "29"),
        m(
            "Principes de Pinheiro sur la restitution des logements et des biens",
            "pinheiro-principles",
        ),
        x("charte de réconciliation"),
        m("principe 10 des Principes Pinheiro", "pinheiro-principles", "10"),
    ),
    fr(
        "heldout-fr-academic-01",
        "academic",
        """
Les réserves aux traités de droits de l'homme, soixante-dix ans après l'avis sur le génocide

Introduction

En 1951, la Cour internationale de Justice a été appelée à dire si un État ayant formulé une
réserve à la Convention pour la prévention et la répression du crime de génocide pouvait être
considéré comme partie à celle-ci alors que d'autres États avaient objecté à cette réserve. Sa
réponse — la compatibilité de la réserve avec l'objet et le but du traité — a été reprise presque
mot pour mot par l'article 19 c) de la Convention de Vienne sur le droit des traités de 1969.

I. Le régime de Vienne et ses limites

Le régime institué par les articles 19 à 23 de la Convention de Vienne repose sur la réciprocité :
chaque État apprécie seul la validité d'une réserve et en tire les conséquences dans ses relations
avec l'État réservataire. Aux termes de l'article 20, paragraphe 4, alinéa b), une objection
n'empêche l'entrée en vigueur du traité entre les deux États que si l'État objectant a nettement
exprimé l'intention contraire. Ce mécanisme convient mal aux traités de droits de l'homme, dont
les obligations ne sont pas réciproques.

II. Le rôle des organes de traités

Dans son observation générale no 24, le Comité des droits de l'homme a revendiqué le pouvoir
d'apprécier lui-même la compatibilité des réserves au Pacte international relatif aux droits
civils et politiques, et d'en déduire que l'État reste lié par le Pacte sans bénéficier de la
réserve. Cette position, vivement contestée à l'époque, a depuis été en partie reprise par la
Commission du droit international dans son Guide de la pratique sur les réserves aux traités.

III. Les réserves à la clause juridictionnelle

La question s'est posée avec une acuité particulière pour l'article IX de la convention sur le
génocide, qui donne compétence à la Cour pour les différends relatifs à son interprétation ou à
son application. Dans plusieurs affaires, la Cour a donné effet à des réserves excluant cette
compétence, estimant qu'elles ne portaient pas sur les obligations de fond de la Convention. Le
contraste est saisissant avec les déclarations facultatives faites en vertu de l'article 36,
paragraphe 2, du Statut de la Cour, dont le retrait est de plus en plus fréquent.
""",
        m(
            "Convention pour la prévention et la répression du crime de génocide",
            "genocide-convention",
        ),
        m(
            "article 19 c) de la Convention de Vienne sur le droit des traités de 1969",
            "vclt",
            "19(c)",
        ),
        m("articles 19 à 23 de la Convention de Vienne", "vclt", "19 20 21 22 23"),
        m("article 20, paragraphe 4, alinéa b)", "vclt", "20(4)(b)"),
        x("Comité des droits de l'homme"),
        m("Pacte international relatif aux droits civils et politiques", "iccpr"),
        m("lié par le {Pacte}", "iccpr"),
        m("article IX de la convention sur le génocide", "genocide-convention", "IX"),
        m("fond de la {Convention}", "genocide-convention"),
        x("déclarations facultatives"),
        m("article 36, paragraphe 2, du Statut de la Cour", "icj-statute", "36(2)"),
    ),
]

# --------------------------------------------------------------------------------------
# Spanish
# --------------------------------------------------------------------------------------

HELDOUT += [
    es(
        "heldout-es-un-formal-01",
        "un-formal",
        """
La Asamblea General,

Reafirmando la Declaración Universal de Derechos Humanos y recordando el Pacto Internacional de
Derechos Civiles y Políticos, el Pacto Internacional de Derechos Económicos, Sociales y Culturales
y la Convención Internacional sobre la Protección de los Derechos de Todos los Trabajadores
Migratorios y de Sus Familiares,

Recordando también el Pacto Mundial para la Migración Segura, Ordenada y Regular y la Declaración
de Nueva York para los Refugiados y los Migrantes,

Reconociendo que, conforme al artículo 2, párrafo 2, del Pacto Internacional de Derechos
Económicos, Sociales y Culturales, los derechos que en él se enuncian deben ejercerse sin
discriminación alguna por motivos de origen nacional,

Profundamente preocupada por las expulsiones colectivas de trabajadores migratorios registradas
en varias regiones, y recordando que el artículo 22, párrafo 1, de la Convención prohíbe tales
medidas y exige que cada caso de expulsión sea examinado y decidido individualmente,

1. Exhorta a los Estados a que respeten los derechos humanos de todos los migrantes,
independientemente de su situación migratoria, y a que garanticen que la detención de migrantes
solo se utilice como último recurso, de conformidad con el artículo 9 del Pacto Internacional de
Derechos Civiles y Políticos y el artículo 16, párrafo 4, de la Convención;

2. Insta a los Estados a que protejan a los niños migrantes, teniendo en cuenta el interés
superior del niño como consideración primordial, según lo dispuesto en el párrafo 1 del artículo
3 de la Convención sobre los Derechos del Niño;

3. Alienta a los Estados que aún no lo hayan hecho a que consideren la posibilidad de ratificar la
Convención sobre los trabajadores migratorios, así como el Convenio sobre las Trabajadoras y los
Trabajadores Domésticos, 2011 (núm. 189), de la Organización Internacional del Trabajo, y el
Protocolo para Prevenir, Reprimir y Sancionar la Trata de Personas, Especialmente Mujeres y
Niños;

4. Solicita al Secretario General que le presente, en su octogésimo período de sesiones, un
informe sobre la aplicación de la presente resolución.
""",
        m("Declaración Universal de Derechos Humanos", "udhr"),
        m("Pacto Internacional de Derechos Civiles y Políticos", "iccpr"),
        m("Pacto Internacional de Derechos Económicos, Sociales y Culturales", "icescr"),
        m(
            "Convención Internacional sobre la Protección de los Derechos de Todos los"
            " Trabajadores Migratorios y de Sus Familiares",
            "icmw",
        ),
        x("Pacto Mundial para la Migración Segura, Ordenada y Regular"),
        x("Declaración de Nueva York para los Refugiados y los Migrantes"),
        m(
            "artículo 2, párrafo 2, del Pacto Internacional de Derechos Económicos, Sociales y"
            " Culturales",
            "icescr",
            "2(2)",
        ),
        m("artículo 22, párrafo 1, de la Convención", "icmw", "22(1)"),
        m("artículo 9 del Pacto Internacional de Derechos Civiles y Políticos", "iccpr", "9"),
        m("artículo 16, párrafo 4, de la Convención", "icmw", "16(4)"),
        m(
            "párrafo 1 del artículo 3 de la Convención sobre los Derechos del Niño",
            "crc",
            "3(1)",
        ),
        m("Convención sobre los trabajadores migratorios", "icmw"),
        x("Convenio sobre las Trabajadoras y los Trabajadores Domésticos, 2011 (núm. 189)"),
        x(
            "Protocolo para Prevenir, Reprimir y Sancionar la Trata de Personas, Especialmente"
            " Mujeres y Niños"
        ),
    ),
    es(
        "heldout-es-treaty-body-01",
        "treaty-body",
        """
Pacto Internacional de Derechos Civiles y Políticos

Comité de Derechos Humanos

Dictamen aprobado por el Comité a tenor del artículo 5, párrafo 4, del Protocolo Facultativo,
respecto de la comunicación núm. 3561/2019

Presentada por: Mariela Quintana Roldán (representada por la Fundación Prensa Libre)
Presunta víctima: La autora
Estado parte: República de Valderra

1.1 La autora de la comunicación es Mariela Quintana Roldán, periodista nacional de Valderra,
nacida en 1984. Afirma que el Estado parte ha vulnerado los derechos que le asisten en virtud de
los artículos 9, 14 y 19 del Pacto Internacional de Derechos Civiles y Políticos. El Protocolo
Facultativo del Pacto entró en vigor para el Estado parte el 3 de enero de 1992.

Antecedentes de hecho

2.1 La autora dirigía el semanario La Voz del Sur. En marzo de 2018 fue detenida tras publicar una
investigación sobre contratos públicos y condenada a dos años de prisión por «difamación
agravada» con arreglo al artículo 212 del Código Penal. La Asociación de Periodistas le retiró la
acreditación profesional en aplicación del Estatuto del Periodista.

Deliberaciones del Comité

6.2 El Estado parte sostiene que la comunicación es inadmisible con arreglo al artículo 5, párrafo
2 a), del Protocolo Facultativo, porque la autora presentó una petición ante la Comisión
Interamericana de Derechos Humanos. El Comité observa que la petición fue archivada sin examen de
fondo, de modo que el mismo asunto no está siendo examinado en otro procedimiento de examen o
arreglo internacional.

7.3 El Comité recuerda que el párrafo 3 del artículo 19 del Pacto solo permite restricciones
fijadas por la ley que sean necesarias y proporcionadas, y que los Estados partes deberían
considerar la posibilidad de despenalizar la difamación. La imposición de una pena de prisión a
una periodista por un artículo de investigación sobre asuntos de interés público no es compatible
con esa disposición. El Comité toma nota de que el artículo 13 de la Convención Americana sobre
Derechos Humanos ofrece una protección análoga.

8. El Comité, actuando en virtud del artículo 5, párrafo 4, del Protocolo Facultativo, dictamina
que los hechos que tiene ante sí ponen de manifiesto una vulneración del artículo 19 del Pacto. De
conformidad con el artículo 2, párrafo 3 a), el Estado parte tiene la obligación de proporcionar
a la autora un recurso efectivo.
""",
        m("Pacto Internacional de Derechos Civiles y Políticos", "iccpr"),
        x("Comité de Derechos Humanos"),
        m("artículo 5, párrafo 4, del Protocolo Facultativo", "iccpr-op1", "5(4)"),
        m(
            "artículos 9, 14 y 19 del Pacto Internacional de Derechos Civiles y Políticos",
            "iccpr",
            "9 14 19",
        ),
        m("Protocolo Facultativo del Pacto", "iccpr-op1"),
        x("artículo 212 del Código Penal"),
        x("Estatuto del Periodista"),
        m("artículo 5, párrafo 2 a), del Protocolo Facultativo", "iccpr-op1", "5(2)(a)"),
        m("párrafo 3 del artículo 19 del Pacto", "iccpr", "19(3)"),
        x("artículo de investigación"),
        m("artículo 13 de la Convención Americana sobre Derechos Humanos", "achr", "13"),
        m("artículo 5, párrafo 4, del Protocolo Facultativo", "iccpr-op1", "5(4)", n=1),
        m("vulneración del {artículo 19 del Pacto}", "iccpr", "19"),
        m("artículo 2, párrafo 3 a)", "iccpr", "2(3)(a)"),
    ),
    es(
        "heldout-es-court-01",
        "court",
        """
CORTE INTERAMERICANA DE DERECHOS HUMANOS

CASO HERRERA SOLÍS Y OTROS VS. REPÚBLICA DE COSTAVERDE

SENTENCIA (Fondo, Reparaciones y Costas)

I. INTRODUCCIÓN DE LA CAUSA Y OBJETO DE LA CONTROVERSIA

1. El caso se refiere a la desaparición forzada de Julián Herrera Solís y de otros cuatro
dirigentes campesinos, ocurrida en el municipio de San Telmo en agosto de 1991, y a la falta de
investigación de los hechos. La Comisión Interamericana sometió el caso a la Corte alegando la
violación de los artículos 3, 4, 5, 7, 8 y 25 de la Convención Americana sobre Derechos Humanos
(en adelante «la Convención Americana» o «la Convención»), en relación con el artículo 1.1 de la
misma.

II. COMPETENCIA

5. La Corte es competente para conocer del presente caso en los términos del artículo 62.3 de la
Convención, ya que Costaverde es Estado Parte en la Convención Americana desde el 8 de septiembre
de 1977 y reconoció la competencia contenciosa de la Corte el 2 de febrero de 1984. Conforme al
artículo 1 de su Estatuto, la Corte es una institución judicial autónoma cuyo objetivo es la
aplicación e interpretación del Pacto de San José.

III. FONDO

28. La Corte reitera que la desaparición forzada constituye una violación múltiple de derechos
protegidos por la Convención, que se prolonga mientras no se conozca el paradero de la víctima.
Así lo reconocen también el artículo III de la Convención Interamericana sobre Desaparición
Forzada de Personas, ratificada por Costaverde en 1996, y el artículo 17 de la Declaración sobre
la protección de todas las personas contra las desapariciones forzadas.

29. En consecuencia, la Corte concluye que el Estado es responsable por la violación de los
derechos al reconocimiento de la personalidad jurídica, a la vida, a la integridad personal y a
la libertad personal, consagrados en los artículos 3, 4.1, 5.1, 5.2 y 7 de la Convención
Americana, en relación con el artículo 1.1 de dicho tratado.

30. Asimismo, la falta de una investigación seria durante más de treinta años vulneró los
artículos 8.1 y 25 de la Convención, en perjuicio de los familiares de las víctimas.

IV. REPARACIONES

45. Con base en lo dispuesto en el artículo 63.1 de la Convención Americana, la Corte ha indicado
que toda violación de una obligación internacional que haya producido daño comporta el deber de
repararlo adecuadamente.
""",
        m(
            "artículos 3, 4, 5, 7, 8 y 25 de la Convención Americana sobre Derechos Humanos",
            "achr",
            "3 4 5 7 8 25",
        ),
        x("«la Convención Americana»"),
        x("«la Convención»"),
        m("artículo 1.1 de la misma", "achr", "1(1)"),
        m("artículo 62.3 de la Convención", "achr", "62(3)"),
        m("Estado Parte en la {Convención Americana}", "achr"),
        x("artículo 1 de su Estatuto"),
        m("Pacto de San José", "achr"),
        m("protegidos por la {Convención}", "achr"),
        x("artículo III de la Convención Interamericana sobre Desaparición Forzada de Personas"),
        x(
            "artículo 17 de la Declaración sobre la protección de todas las personas contra las"
            " desapariciones forzadas"
        ),
        m(
            "artículos 3, 4.1, 5.1, 5.2 y 7 de la Convención Americana",
            "achr",
            "3 4(1) 5(1) 5(2) 7",
        ),
        m("artículo 1.1 de dicho tratado", "achr", "1(1)"),
        m("artículos 8.1 y 25 de la Convención", "achr", "8(1) 25"),
        m("artículo 63.1 de la Convención Americana", "achr", "63(1)"),
    ),
    es(
        "heldout-es-court-02",
        "court",
        """
TRIBUNAL SUPREMO

Sala de lo Contencioso-Administrativo, Sección Tercera

Sentencia núm. 1187/2023

FUNDAMENTOS DE DERECHO

PRIMERO. El recurrente, nacional de Korvania, impugna la resolución del Ministerio del Interior
que le denegó el estatuto de refugiado por aplicación de la cláusula de exclusión del artículo
1.F.b) de la Convención sobre el Estatuto de los Refugiados, hecha en Ginebra el 28 de julio de
1951, en relación con el artículo 8.2.c) de la Ley 12/2009, reguladora del derecho de asilo y de la
protección subsidiaria.

SEGUNDO. Conviene recordar que, conforme al artículo 10.2 de la Constitución, las normas relativas
a los derechos fundamentales se interpretan de conformidad con los tratados internacionales
ratificados por España. Entre ellos figuran el Convenio Europeo de Derechos Humanos, la Convención
contra la Tortura y la Convención de Ginebra, junto con su Protocolo de Nueva York de 1967.

TERCERO. El recurrente no discute que concurren en él los requisitos del artículo 1.A.2 de la
Convención, pues la Administración admitió la verosimilitud de su temor a ser perseguido por sus
opiniones políticas. La controversia se ciñe a si los hechos por los que fue condenado en su país
—la participación en el incendio de una sede del partido gobernante— constituyen un «grave delito
común» a efectos de la exclusión.

CUARTO. La Sala comparte el criterio de la Audiencia Nacional. El incendio, cometido de noche, sin
víctimas y en el contexto de una protesta contra el fraude electoral, tuvo una motivación
predominantemente política y no resulta desproporcionado respecto de su objetivo. No procedía,
por tanto, aplicar la exclusión.

QUINTO. Aun en el supuesto de exclusión, la Administración habría debido valorar si la devolución
del recurrente lo expondría a un riesgo real de tortura, prohibido sin excepción por el artículo 3
del Convenio Europeo y por el artículo 3 de la Convención contra la Tortura, a diferencia de lo
que ocurre con el artículo 33.2 de la Convención de 1951, que sí admite excepciones.

FALLO

Se desestima el recurso de casación interpuesto por la Abogacía del Estado.
""",
        x("estatuto de refugiado"),
        m(
            "artículo 1.F.b) de la Convención sobre el Estatuto de los Refugiados",
            "refugee-convention-1951",
            "1F(b)",
        ),
        x("artículo 8.2.c) de la Ley 12/2009"),
        x("artículo 10.2 de la Constitución"),
        m("Convenio Europeo de Derechos Humanos", "echr"),
        m("Convención contra la Tortura", "cat"),
        m("Convención de Ginebra", "refugee-convention-1951"),
        m("Protocolo de Nueva York de 1967", "refugee-protocol-1967"),
        m("artículo 1.A.2 de la Convención", "refugee-convention-1951", "1A(2)"),
        m("artículo 3 del Convenio Europeo", "echr", "3"),
        m("artículo 3 de la Convención contra la Tortura", "cat", "3"),
        m("artículo 33.2 de la Convención de 1951", "refugee-convention-1951", "33(2)"),
    ),
    es(
        "heldout-es-ngo-01",
        "ngo",
        """
Sin justicia para ellas: la respuesta del Estado a la violencia de género en Montaraz

Resumen ejecutivo

Entre 2020 y 2023, la Fiscalía de Montaraz registró 1.912 denuncias por violencia contra mujeres
en las provincias andinas, pero solo 84 terminaron en sentencia condenatoria. Este informe, basado
en 70 entrevistas con sobrevivientes, operadores de justicia y funcionarias de las casas de
acogida, documenta los obstáculos que enfrentan las mujeres, sobre todo indígenas y rurales, para
obtener protección.

Marco jurídico

Montaraz ratificó en 1982 la Convención sobre la Eliminación de Todas las Formas de
Discriminación contra la Mujer (CEDAW) y en 2001 su Protocolo Facultativo. Según el artículo 2 de
la CEDAW, el Estado debe adoptar todas las medidas adecuadas para eliminar la discriminación
contra la mujer, incluidas las de carácter legislativo, y el artículo 2, inciso c), le obliga a
establecer la protección jurídica de los derechos de la mujer por conducto de los tribunales
nacionales competentes. El Comité CEDAW ha precisado, en su recomendación general núm. 35, que la
violencia por razón de género compromete la responsabilidad del Estado cuando este no actúa con la
diligencia debida.

En el ámbito regional, la Convención Interamericana para Prevenir, Sancionar y Erradicar la
Violencia contra la Mujer, conocida como Convención de Belém do Pará, impone en su artículo 7
deberes concretos de prevención, investigación y sanción. La Convención Americana sobre Derechos
Humanos garantiza además, en sus artículos 8 y 25, el acceso a un recurso judicial efectivo.

Principales hallazgos

Las mujeres entrevistadas describieron comisarías que se niegan a recibir denuncias, medidas de
protección que no se notifican al agresor y audiencias celebradas únicamente en castellano. En la
provincia de Urcos, la única casa de acogida cerró en 2022 por falta de fondos. El protocolo de
actuación policial aprobado en 2019 no se aplica fuera de la capital.

Recomendaciones al Estado de Montaraz

Garantizar intérpretes en lenguas indígenas en todas las etapas del proceso, de conformidad con
los artículos 2 y 15 de la Convención sobre la Eliminación de Todas las Formas de Discriminación
contra la Mujer.

Aceptar una visita del Comité CEDAW en el marco del procedimiento de investigación previsto en el
artículo 8 del Protocolo Facultativo.
""",
        m(
            "Convención sobre la Eliminación de Todas las Formas de Discriminación contra la Mujer",
            "cedaw",
        ),
        x("({CEDAW})"),
        m("su {Protocolo Facultativo}", "cedaw-op"),
        m("artículo 2 de la CEDAW", "cedaw", "2"),
        m("artículo 2, inciso c)", "cedaw", "2(c)"),
        x("Comité CEDAW"),
        x(
            "Convención Interamericana para Prevenir, Sancionar y Erradicar la Violencia contra la"
            " Mujer"
        ),
        x("Convención de Belém do Pará"),
        x("su artículo 7"),
        m("Convención Americana sobre Derechos Humanos", "achr"),
        m("sus {artículos 8 y 25}", "achr", "8 25"),
        x("protocolo de actuación policial"),
        m(
            "artículos 2 y 15 de la Convención sobre la Eliminación de Todas las Formas de"
            " Discriminación contra la Mujer",
            "cedaw",
            "2 15",
        ),
        x("Comité CEDAW", n=1),
        m("artículo 8 del Protocolo Facultativo", "cedaw-op", "8"),
    ),
    es(
        "heldout-es-news-01",
        "news",
        """
Tiranda anuncia que abandonará el Pacto de San José

PUERTO SALVO — El Gobierno de Tiranda anunció este lunes que denunciará la Convención Americana
sobre Derechos Humanos, el tratado regional que da competencia a la Corte Interamericana para
juzgar al país, tras una serie de fallos desfavorables sobre la reforma judicial aprobada el año
pasado.

«No vamos a aceptar que un tribunal extranjero nos diga cómo elegir a nuestros jueces», dijo el
canciller, Rodrigo Azcárate, en una rueda de prensa. El anuncio llegó apenas dos días después de
que la convención del oficialista Partido del Progreso votara por unanimidad una moción en ese
sentido.

Según el artículo 78 de la convención, la denuncia solo surte efecto un año después de su
notificación al secretario general de la OEA, y no libera al Estado de sus obligaciones respecto
de los hechos ocurridos antes de esa fecha. «Las víctimas de violaciones cometidas hasta entonces
podrán seguir acudiendo al sistema interamericano», explicó la jurista Elena Baró, profesora de la
Universidad de Puerto Salvo.

El canciller no descartó que Tiranda se retire también del Estatuto de Roma, como reclaman
algunos legisladores del oficialismo. En ese caso, conforme al artículo 127 del Estatuto, la
retirada surtiría efecto un año después de la notificación y no afectaría a las investigaciones
ya iniciadas por la Corte Penal Internacional.

Organizaciones de derechos humanos recordaron que Tiranda seguirá obligada por el Pacto
Internacional de Derechos Civiles y Políticos, que no contiene una cláusula de denuncia, y por la
Carta de la OEA. «El Comité de Derechos Humanos de la ONU ya dejó claro que un Estado no puede
retirarse del Pacto», señaló en un comunicado la Red Tirandesa de Derechos Humanos.

El Gobierno presentará la notificación formal en las próximas semanas.
""",
        m("Pacto de San José", "achr"),
        m("Convención Americana sobre Derechos Humanos", "achr"),
        x("convención del oficialista Partido del Progreso"),
        m("artículo 78 de la convención", "achr", "78"),
        m("Estatuto de Roma", "rome-statute"),
        m("artículo 127 del Estatuto", "rome-statute", "127"),
        m("Pacto Internacional de Derechos Civiles y Políticos", "iccpr"),
        x("Carta de la OEA"),
        x("Comité de Derechos Humanos"),
        m("retirarse del {Pacto}", "iccpr"),
    ),
    es(
        "heldout-es-news-02",
        "news",
        """
Lavrania lleva a Ostrenia ante la Corte Internacional de Justicia por la ocupación de Varel

LA HAYA — Lavrania presentó el miércoles una demanda contra Ostrenia ante la Corte Internacional
de Justicia (CIJ) y pidió medidas provisionales urgentes para que las tropas ostrenias se retiren
del distrito de Varel, ocupado desde marzo.

En su demanda, de 64 páginas, Lavrania sostiene que la ocupación viola la prohibición del uso de
la fuerza consagrada en el artículo 2.4 de la Carta de las Naciones Unidas y que Ostrenia no puede
ampararse en la legítima defensa, porque nunca sufrió un ataque armado. Ostrenia, por su parte,
envió al Consejo de Seguridad una carta en la que invoca el Artículo 51 de la Carta y acusa a
Lavrania de haber armado a milicias en la frontera.

Lavrania funda la competencia del tribunal en las declaraciones de aceptación de la jurisdicción
obligatoria que ambos países formularon conforme al artículo 36, párrafo 2, del Estatuto de la
Corte. Además, pide medidas provisionales con arreglo al artículo 41 del Estatuto, que según la
jurisprudencia de la propia Corte son vinculantes.

La demanda denuncia también el traslado forzoso de unas 8.000 personas del distrito hacia el
interior de Ostrenia, lo que, según Lavrania, constituye una violación del IV Convenio de Ginebra,
cuyo artículo 49 prohíbe los traslados forzosos y las deportaciones de personas protegidas fuera
del territorio ocupado.

«Es un caso sólido en lo que respecta a la Carta, pero la Corte tardará años en pronunciarse
sobre el fondo», advirtió Jorge Maldonado, profesor de Derecho Internacional en la Universidad de
Solana. Las audiencias sobre las medidas provisionales podrían celebrarse a finales de mes.

Mientras tanto, el Consejo de Seguridad no ha logrado adoptar ninguna resolución: Ostrenia cuenta
con el apoyo de dos miembros permanentes.
""",
        m("artículo 2.4 de la Carta de las Naciones Unidas", "un-charter", "2(4)"),
        x("una {carta} en la que"),
        m("Artículo 51 de la Carta", "un-charter", "51"),
        x("declaraciones de aceptación"),
        m("artículo 36, párrafo 2, del Estatuto de la Corte", "icj-statute", "36(2)"),
        m("artículo 41 del Estatuto", "icj-statute", "41"),
        m("IV Convenio de Ginebra", "gc-iv"),
        m("cuyo {artículo 49}", "gc-iv", "49"),
        m("respecta a la {Carta}", "un-charter"),
    ),
    es(
        "heldout-es-press-release-01",
        "press-release",
        """
QUITAYA, 12 jun (Agencia Andina de Noticias). La Confederación de Pueblos Originarios del Alto
Marañal (CPOAM) exigió este miércoles al Gobierno la suspensión inmediata de la concesión minera
otorgada en territorio awajún y shipibo, y anunció que acudirá a instancias internacionales si no
es escuchada.

«El Estado entregó nuestras tierras a una empresa extranjera sin consultarnos. Eso es despojo»,
afirmó la confederación en un comunicado leído por su presidenta, Rosa Ñaupari, frente a la sede
del Ministerio de Energía y Minas.

Según la CPOAM, la concesión, que abarca 48.000 hectáreas, se otorgó en enero sin el
consentimiento libre, previo e informado de las comunidades, tal como exige la Declaración de las
Naciones Unidas sobre los Derechos de los Pueblos Indígenas (DNUDPI). «El artículo 32 de la
Declaración es muy claro: los Estados deben obtener nuestro consentimiento antes de aprobar
cualquier proyecto que afecte a nuestras tierras», señaló el texto, que recuerda también el
derecho a las tierras y territorios tradicionales consagrado en el artículo 26.

La organización invocó además el Convenio 169 de la Organización Internacional del Trabajo,
ratificado por el país en 1994, y la Declaración Americana sobre los Derechos de los Pueblos
Indígenas, aprobada por la OEA en 2016. «El derecho a disponer libremente de nuestras riquezas y
recursos naturales está reconocido en el artículo 1, párrafo 2, del Pacto Internacional de
Derechos Económicos, Sociales y Culturales», añadió.

La CPOAM anunció que presentará una queja ante el Comité para la Eliminación de la Discriminación
Racial y una petición ante la Comisión Interamericana. El Ministerio de Energía y Minas no
respondió a las consultas de esta agencia.
""",
        m(
            "Declaración de las Naciones Unidas sobre los Derechos de los Pueblos Indígenas",
            "undrip",
        ),
        x("({DNUDPI})"),
        m("artículo 32 de la Declaración", "undrip", "32"),
        m("en el {artículo 26}", "undrip", "26"),
        x("Convenio 169 de la Organización Internacional del Trabajo"),
        x("Declaración Americana sobre los Derechos de los Pueblos Indígenas"),
        m(
            "artículo 1, párrafo 2, del Pacto Internacional de Derechos Económicos, Sociales y"
            " Culturales",
            "icescr",
            "1(2)",
        ),
    ),
    es(
        "heldout-es-academic-01",
        "academic",
        """
El principio de no devolución más allá de la Convención de 1951

I. Introducción

El principio de no devolución (non-refoulement) suele presentarse como la piedra angular del
régimen internacional de protección de los refugiados. Su formulación clásica se encuentra en el
artículo 33.1 de la Convención sobre el Estatuto de los Refugiados de 1951, que prohíbe expulsar o
devolver a un refugiado a territorios donde su vida o su libertad peligre. Sin embargo, el párrafo
2 del mismo artículo admite excepciones por razones de seguridad nacional o de peligrosidad, y la
Convención solo protege a quien reúne los requisitos de su artículo 1.A.2, tal como fue modificado
por el Protocolo de 1967.

II. La no devolución en los tratados de derechos humanos

Los tratados de derechos humanos han ampliado considerablemente ese núcleo. El artículo 3 de la
Convención contra la Tortura y Otros Tratos o Penas Crueles, Inhumanos o Degradantes prohíbe la
devolución a un Estado donde la persona corra peligro de ser sometida a tortura, sin excepción
alguna. La Convención Internacional para la Protección de Todas las Personas contra las
Desapariciones Forzadas extiende esa prohibición, en su artículo 16.1, al riesgo de desaparición
forzada. El Comité de Derechos Humanos, por su parte, ha deducido una obligación análoga de los
artículos 6 y 7 del Pacto Internacional de Derechos Civiles y Políticos.

En el plano regional, el Tribunal Europeo de Derechos Humanos ha construido una jurisprudencia
protectora a partir del artículo 3 del CEDH, y la Convención Americana consagra expresamente, en
su artículo 22.8, el derecho de todo extranjero a no ser devuelto a un país donde su derecho a la
vida o a la libertad personal esté en riesgo. La Carta Africana de Derechos Humanos y de los
Pueblos, en cambio, se limita a reconocer en su artículo 12.3 el derecho a buscar y obtener asilo;
la prohibición expresa de devolución figura en la Convención de la OUA de 1969, cuyo artículo II.3
la formula de modo absoluto.

III. Conclusión

El resultado es un sistema de capas superpuestas en el que la protección contra la devolución ya
no depende de la condición de refugiado. La Declaración de Cartagena sobre Refugiados de 1984
refleja esa misma tendencia en América Latina.
""",
        m("Convención de 1951", "refugee-convention-1951"),
        m(
            "artículo 33.1 de la Convención sobre el Estatuto de los Refugiados de 1951",
            "refugee-convention-1951",
            "33(1)",
        ),
        m("párrafo 2 del mismo artículo", "refugee-convention-1951", "33(2)"),
        m("la {Convención} solo protege", "refugee-convention-1951"),
        m("su {artículo 1.A.2}", "refugee-convention-1951", "1A(2)"),
        m("Protocolo de 1967", "refugee-protocol-1967"),
        m(
            "artículo 3 de la Convención contra la Tortura y Otros Tratos o Penas Crueles,"
            " Inhumanos o Degradantes",
            "cat",
            "3",
        ),
        m(
            "Convención Internacional para la Protección de Todas las Personas contra las"
            " Desapariciones Forzadas",
            "cped",
        ),
        m("su {artículo 16.1}", "cped", "16(1)"),
        x("Comité de Derechos Humanos"),
        m(
            "artículos 6 y 7 del Pacto Internacional de Derechos Civiles y Políticos",
            "iccpr",
            "6 7",
        ),
        m("artículo 3 del CEDH", "echr", "3"),
        m("Convención Americana", "achr"),
        m("su {artículo 22.8}", "achr", "22(8)"),
        m("Carta Africana de Derechos Humanos y de los Pueblos", "achpr"),
        m("su {artículo 12.3}", "achpr", "12(3)"),
        x("Convención de la OUA de 1969"),
        x("cuyo artículo II.3"),
        x("Declaración de Cartagena sobre Refugiados"),
    ),
]


def check_ids(texts: list[Gold]) -> None:
    """Held-out ids carry the prefix and never reuse an id of the main corpus."""
    taken = {gold.id for gold in TEXTS}
    for gold in texts:
        if not gold.id.startswith(HELDOUT_PREFIX):
            raise SystemExit(f"{gold.id}: a held-out id starts with {HELDOUT_PREFIX!r}")
        if gold.id in taken:
            raise SystemExit(f"{gold.id}: id already used in gold.jsonl")


def main(argv: list[str]) -> int:
    check_ids(HELDOUT)
    return run(HELDOUT, HELDOUT_FILE, "build_heldout.py", argv)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
