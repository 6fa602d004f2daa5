// Generated from resources/model/skillmodel.json by translations/SkillModelTexts.cmake
// (cmake --build BUILD --target update_skillmodel_texts; update_translations runs it too).
// Do not edit: lupdate reads this file to see the model's texts; it is not compiled.
#include <QtGlobal>

static const char *const skillModelTexts[] = {
    // advisor.intro
    QT_TRANSLATE_NOOP("SkillModel", "Not sure whether a situation needs you to lead or to manage? Answer five quick questions and Tandem will suggest which way to lean, or whether to blend the two, along with skills and tips to draw on."),
    // advisor.questions.0.lead_side
    QT_TRANSLATE_NOOP("SkillModel", "The destination is still unclear"),
    // advisor.questions.0.manage_side
    QT_TRANSLATE_NOOP("SkillModel", "The goal is clear and needs delivering"),
    // advisor.questions.0.text
    QT_TRANSLATE_NOOP("SkillModel", "Is the destination still unclear, or is it clear and waiting to be delivered?"),
    // advisor.questions.1.lead_side
    QT_TRANSLATE_NOOP("SkillModel", "They need energy and ownership"),
    // advisor.questions.1.manage_side
    QT_TRANSLATE_NOOP("SkillModel", "They need coordination and follow-through"),
    // advisor.questions.1.text
    QT_TRANSLATE_NOOP("SkillModel", "Does the team need energy and a sense of ownership, or coordination and follow-through?"),
    // advisor.questions.2.lead_side
    QT_TRANSLATE_NOOP("SkillModel", "Something needs to change"),
    // advisor.questions.2.manage_side
    QT_TRANSLATE_NOOP("SkillModel", "Things need to stay steady"),
    // advisor.questions.2.text
    QT_TRANSLATE_NOOP("SkillModel", "Does this situation call for change, or for keeping things steady?"),
    // advisor.questions.3.lead_side
    QT_TRANSLATE_NOOP("SkillModel", "It is about trust and feelings"),
    // advisor.questions.3.manage_side
    QT_TRANSLATE_NOOP("SkillModel", "It is about process and resources"),
    // advisor.questions.3.text
    QT_TRANSLATE_NOOP("SkillModel", "Is the heart of the matter trust and feelings, or process and resources?"),
    // advisor.questions.4.lead_side
    QT_TRANSLATE_NOOP("SkillModel", "An opportunity worth a calculated risk"),
    // advisor.questions.4.manage_side
    QT_TRANSLATE_NOOP("SkillModel", "A hazard to contain"),
    // advisor.questions.4.text
    QT_TRANSLATE_NOOP("SkillModel", "Is there an opportunity worth a calculated risk, or a hazard that needs containing?"),
    // contrasts.0.description
    QT_TRANSLATE_NOOP("SkillModel", "Thinking about where the work should go in the long run competes for your attention with the daily job of getting planned work done on time."),
    // contrasts.0.lead_pole.description
    QT_TRANSLATE_NOOP("SkillModel", "Picturing a better future and questioning how things are done, so the team has something worth moving towards."),
    // contrasts.0.lead_pole.items.0.observer
    QT_TRANSLATE_NOOP("SkillModel", "This person questions habits in the work that may be holding the team back."),
    // contrasts.0.lead_pole.items.0.text
    QT_TRANSLATE_NOOP("SkillModel", "I question habits in our work that may be holding us back."),
    // contrasts.0.lead_pole.items.1.observer
    QT_TRANSLATE_NOOP("SkillModel", "This person talks with the team about the long-term difference the work could make."),
    // contrasts.0.lead_pole.items.1.text
    QT_TRANSLATE_NOOP("SkillModel", "I talk with my team about the long-term difference our work could make."),
    // contrasts.0.lead_pole.name
    QT_TRANSLATE_NOOP("SkillModel", "Vision"),
    // contrasts.0.lead_pole.tips.0.text
    QT_TRANSLATE_NOOP("SkillModel", "This week, write down one 'we've always done it this way' habit in your team and ask the team whether it still serves you."),
    // contrasts.0.lead_pole.tips.1.text
    QT_TRANSLATE_NOOP("SkillModel", "Open your next team meeting with two minutes on the long-term difference the team's work makes, using one concrete example."),
    // contrasts.0.manage_pole.description
    QT_TRANSLATE_NOOP("SkillModel", "Turning plans into results by organising resources, keeping to deadlines and running the daily work efficiently."),
    // contrasts.0.manage_pole.items.0.observer
    QT_TRANSLATE_NOOP("SkillModel", "This person turns broad goals into plans with dates and owners."),
    // contrasts.0.manage_pole.items.0.text
    QT_TRANSLATE_NOOP("SkillModel", "I turn broad goals into plans with dates and owners."),
    // contrasts.0.manage_pole.items.1.observer
    QT_TRANSLATE_NOOP("SkillModel", "This person keeps track of deadlines so that work is delivered on time."),
    // contrasts.0.manage_pole.items.1.text
    QT_TRANSLATE_NOOP("SkillModel", "I keep track of deadlines so that work is delivered on time."),
    // contrasts.0.manage_pole.name
    QT_TRANSLATE_NOOP("SkillModel", "Execution"),
    // contrasts.0.manage_pole.tips.0.text
    QT_TRANSLATE_NOOP("SkillModel", "Take one goal that is still vague and, this week, break it into three to five steps, each with an owner and a date."),
    // contrasts.0.manage_pole.tips.1.text
    QT_TRANSLATE_NOOP("SkillModel", "Start each morning this week by checking what is due in the next three days and flagging anything at risk."),
    // contrasts.0.name
    QT_TRANSLATE_NOOP("SkillModel", "Vision and execution"),
    // contrasts.1.description
    QT_TRANSLATE_NOOP("SkillModel", "Giving people energy and the freedom to own their work sits alongside watching progress and holding everyone to a shared standard."),
    // contrasts.1.lead_pole.description
    QT_TRANSLATE_NOOP("SkillModel", "Motivating people and trusting them with real ownership, so that their own ideas and effort come through."),
    // contrasts.1.lead_pole.items.0.observer
    QT_TRANSLATE_NOOP("SkillModel", "This person gives people the freedom to decide how they do their work."),
    // contrasts.1.lead_pole.items.0.text
    QT_TRANSLATE_NOOP("SkillModel", "I give people the freedom to decide how they do their work."),
    // contrasts.1.lead_pole.items.1.observer
    QT_TRANSLATE_NOOP("SkillModel", "This person encourages people to bring their own ideas to their work."),
    // contrasts.1.lead_pole.items.1.text
    QT_TRANSLATE_NOOP("SkillModel", "I encourage people to bring their own ideas to their work."),
    // contrasts.1.lead_pole.name
    QT_TRANSLATE_NOOP("SkillModel", "Inspiration"),
    // contrasts.1.lead_pole.tips.0.text
    QT_TRANSLATE_NOOP("SkillModel", "This week, hand one decision you would normally make to the person closest to the work, and tell them you will back their choice."),
    // contrasts.1.lead_pole.tips.1.text
    QT_TRANSLATE_NOOP("SkillModel", "In this week's one-to-ones, ask each person which part of their work they find most meaningful, and look for a way to give them more of it."),
    // contrasts.1.manage_pole.description
    QT_TRANSLATE_NOOP("SkillModel", "Overseeing how work flows, tracking performance and keeping everyone accountable to the standards you share."),
    // contrasts.1.manage_pole.items.0.observer
    QT_TRANSLATE_NOOP("SkillModel", "This person keeps an eye on how work is progressing across the team."),
    // contrasts.1.manage_pole.items.0.text
    QT_TRANSLATE_NOOP("SkillModel", "I keep an eye on how work is progressing across the team."),
    // contrasts.1.manage_pole.items.1.observer
    QT_TRANSLATE_NOOP("SkillModel", "This person holds people to the standards the team has agreed."),
    // contrasts.1.manage_pole.items.1.text
    QT_TRANSLATE_NOOP("SkillModel", "I hold people to the standards we have agreed."),
    // contrasts.1.manage_pole.name
    QT_TRANSLATE_NOOP("SkillModel", "Supervision"),
    // contrasts.1.manage_pole.tips.0.text
    QT_TRANSLATE_NOOP("SkillModel", "Set up or tidy a shared view of the team's work this week, so you can see progress at a glance."),
    // contrasts.1.manage_pole.tips.1.text
    QT_TRANSLATE_NOOP("SkillModel", "Pick one agreed standard that has slipped and, this week, remind the team of it and explain why it matters."),
    // contrasts.1.name
    QT_TRANSLATE_NOOP("SkillModel", "Inspiration and supervision"),
    // contrasts.2.description
    QT_TRANSLATE_NOOP("SkillModel", "Pushing for new ways of working has to be weighed against keeping the daily operation steady and dependable."),
    // contrasts.2.lead_pole.description
    QT_TRANSLATE_NOOP("SkillModel", "Welcoming uncertainty and driving new ways of working, so the team keeps growing and improving."),
    // contrasts.2.lead_pole.items.0.observer
    QT_TRANSLATE_NOOP("SkillModel", "This person proposes changes that would improve how the team works."),
    // contrasts.2.lead_pole.items.0.text
    QT_TRANSLATE_NOOP("SkillModel", "I propose changes that would improve how our team works."),
    // contrasts.2.lead_pole.items.1.observer
    QT_TRANSLATE_NOOP("SkillModel", "This person keeps moving forward when the way ahead is uncertain."),
    // contrasts.2.lead_pole.items.1.text
    QT_TRANSLATE_NOOP("SkillModel", "I keep moving forward when the way ahead is uncertain."),
    // contrasts.2.lead_pole.name
    QT_TRANSLATE_NOOP("SkillModel", "Change"),
    // contrasts.2.lead_pole.tips.0.text
    QT_TRANSLATE_NOOP("SkillModel", "This week, name one change you believe your team needs and write a short case for it: the problem, the idea and a small first step."),
    // contrasts.2.lead_pole.tips.1.text
    QT_TRANSLATE_NOOP("SkillModel", "When someone raises an uncertainty this week, answer with 'What could we try first?' rather than waiting for everything to become clear."),
    // contrasts.2.manage_pole.description
    QT_TRANSLATE_NOOP("SkillModel", "Keeping daily operations steady with clear workflows and good order, so people can rely on how things run."),
    // contrasts.2.manage_pole.items.0.observer
    QT_TRANSLATE_NOOP("SkillModel", "This person keeps routines and workflows running reliably."),
    // contrasts.2.manage_pole.items.0.text
    QT_TRANSLATE_NOOP("SkillModel", "I keep our routines and workflows running reliably."),
    // contrasts.2.manage_pole.items.1.observer
    QT_TRANSLATE_NOOP("SkillModel", "This person protects the team from changes that would disrupt the work for little gain."),
    // contrasts.2.manage_pole.items.1.text
    QT_TRANSLATE_NOOP("SkillModel", "I protect the team from changes that would disrupt the work for little gain."),
    // contrasts.2.manage_pole.name
    QT_TRANSLATE_NOOP("SkillModel", "Stability"),
    // contrasts.2.manage_pole.tips.0.text
    QT_TRANSLATE_NOOP("SkillModel", "Write down one routine that currently lives only in someone's head, and share it with the team this week."),
    // contrasts.2.manage_pole.tips.1.text
    QT_TRANSLATE_NOOP("SkillModel", "Before agreeing to any new change this week, ask what it will disrupt and who needs to hear about it in advance."),
    // contrasts.2.name
    QT_TRANSLATE_NOOP("SkillModel", "Change and stability"),
    // contrasts.3.description
    QT_TRANSLATE_NOOP("SkillModel", "Building personal trust and belonging pulls against keeping processes tight and resources well used, and healthy teams need both."),
    // contrasts.3.lead_pole.description
    QT_TRANSLATE_NOOP("SkillModel", "Building relationships of trust, taking an interest in people's hopes and giving them a shared sense of purpose."),
    // contrasts.3.lead_pole.items.0.observer
    QT_TRANSLATE_NOOP("SkillModel", "This person takes an interest in what people want from their careers."),
    // contrasts.3.lead_pole.items.0.text
    QT_TRANSLATE_NOOP("SkillModel", "I take an interest in what people want from their careers."),
    // contrasts.3.lead_pole.items.1.observer
    QT_TRANSLATE_NOOP("SkillModel", "This person makes time to get to know the people they work with."),
    // contrasts.3.lead_pole.items.1.text
    QT_TRANSLATE_NOOP("SkillModel", "I make time to get to know the people I work with."),
    // contrasts.3.lead_pole.name
    QT_TRANSLATE_NOOP("SkillModel", "Emotional connection"),
    // contrasts.3.lead_pole.tips.0.text
    QT_TRANSLATE_NOOP("SkillModel", "This week, ask one team member what they would like to be doing in two years' time, and listen without steering the conversation."),
    // contrasts.3.lead_pole.tips.1.text
    QT_TRANSLATE_NOOP("SkillModel", "At your next team meeting, share something about why the work matters to you personally."),
    // contrasts.3.manage_pole.description
    QT_TRANSLATE_NOOP("SkillModel", "Making sure agreed procedures are followed, resources go where they are needed and the work stays productive."),
    // contrasts.3.manage_pole.items.0.observer
    QT_TRANSLATE_NOOP("SkillModel", "This person checks that agreed procedures are being followed."),
    // contrasts.3.manage_pole.items.0.text
    QT_TRANSLATE_NOOP("SkillModel", "I check that agreed procedures are being followed."),
    // contrasts.3.manage_pole.items.1.observer
    QT_TRANSLATE_NOOP("SkillModel", "This person makes sure people have what they need to do their tasks."),
    // contrasts.3.manage_pole.items.1.text
    QT_TRANSLATE_NOOP("SkillModel", "I make sure people have what they need to do their tasks."),
    // contrasts.3.manage_pole.name
    QT_TRANSLATE_NOOP("SkillModel", "Process control"),
    // contrasts.3.manage_pole.tips.0.text
    QT_TRANSLATE_NOOP("SkillModel", "Review how your team's budget, tools or hours were used last month, and move one resource to where it is needed most."),
    // contrasts.3.manage_pole.tips.1.text
    QT_TRANSLATE_NOOP("SkillModel", "Choose one key procedure and, this week, walk through it with the person who uses it most to check it still works."),
    // contrasts.3.name
    QT_TRANSLATE_NOOP("SkillModel", "Emotional connection and process control"),
    // contrasts.4.description
    QT_TRANSLATE_NOOP("SkillModel", "Grasping an opportunity sometimes means taking a chance, while protecting the organisation means spotting and containing what could go wrong."),
    // contrasts.4.lead_pole.description
    QT_TRANSLATE_NOOP("SkillModel", "Taking calculated chances to seize opportunities and push past current limits, even when the outcome is not certain."),
    // contrasts.4.lead_pole.items.0.observer
    QT_TRANSLATE_NOOP("SkillModel", "This person acts on promising opportunities even when the outcome is uncertain."),
    // contrasts.4.lead_pole.items.0.text
    QT_TRANSLATE_NOOP("SkillModel", "I act on promising opportunities even when I cannot be sure how they will turn out."),
    // contrasts.4.lead_pole.items.1.observer
    QT_TRANSLATE_NOOP("SkillModel", "This person weighs up what a bold idea could gain before setting it aside."),
    // contrasts.4.lead_pole.items.1.text
    QT_TRANSLATE_NOOP("SkillModel", "I weigh up what a bold idea could gain before I set it aside."),
    // contrasts.4.lead_pole.name
    QT_TRANSLATE_NOOP("SkillModel", "Risk-taking"),
    // contrasts.4.lead_pole.tips.0.text
    QT_TRANSLATE_NOOP("SkillModel", "This week, pick one opportunity you have been hesitating over and write down the best case, the worst case and a small first step you could take safely."),
    // contrasts.4.lead_pole.tips.1.text
    QT_TRANSLATE_NOOP("SkillModel", "In your next planning discussion, ask 'What would we try if we knew it could not fail?' and choose one idea to test on a small scale."),
    // contrasts.4.manage_pole.description
    QT_TRANSLATE_NOOP("SkillModel", "Spotting hazards early and keeping disruption low through checks, compliance and careful planning."),
    // contrasts.4.manage_pole.items.0.observer
    QT_TRANSLATE_NOOP("SkillModel", "This person works out what could go wrong before a piece of work starts."),
    // contrasts.4.manage_pole.items.0.text
    QT_TRANSLATE_NOOP("SkillModel", "I work out what could go wrong before we start a piece of work."),
    // contrasts.4.manage_pole.items.1.observer
    QT_TRANSLATE_NOOP("SkillModel", "This person puts checks in place to catch problems early."),
    // contrasts.4.manage_pole.items.1.text
    QT_TRANSLATE_NOOP("SkillModel", "I put checks in place to catch problems early."),
    // contrasts.4.manage_pole.name
    QT_TRANSLATE_NOOP("SkillModel", "Risk management"),
    // contrasts.4.manage_pole.tips.0.text
    QT_TRANSLATE_NOOP("SkillModel", "Before your next piece of work starts, spend ten minutes with the team listing what could go wrong and one way to prevent each."),
    // contrasts.4.manage_pole.tips.1.text
    QT_TRANSLATE_NOOP("SkillModel", "This week, pick one compliance or safety requirement that applies to your team and confirm it is being met."),
    // contrasts.4.name
    QT_TRANSLATE_NOOP("SkillModel", "Risk-taking and risk management"),
    // learn.0.body
    QT_TRANSLATE_NOOP("SkillModel", "Tandem helps you see how you combine two jobs that most people at work end up doing: leading and managing. Leading is about where your team is going and why it matters. Managing is about getting there reliably, day after day.\n\nNeither job is better than the other. A team with a clear direction but a loose grip on the day-to-day tends to drift into chaos; a team that runs like clockwork with no direction tends to go nowhere in particular. Tandem helps you notice which one you lean on, grow the one you use less, and choose well between them when a situation comes up."),
    // learn.0.title
    QT_TRANSLATE_NOOP("SkillModel", "Welcome to Tandem"),
    // learn.1.body
    QT_TRANSLATE_NOOP("SkillModel", "Tandem builds on a distinction John Kotter drew in his book Leading Change. Leading means setting a direction, bringing people together behind it and giving them reasons to commit to it. Its purpose is change: taking a team or an organisation somewhere it has not been before.\n\nManaging means organising people, time and money, keeping processes under control and running the daily operation. Its purpose is consistency and stability: making sure the work gets done well, on time, and just as dependably tomorrow as today.\n\nThese are two roles, not two kinds of people. Most of us need both, often in the same week and sometimes in the same meeting. Someone who leads well but cannot manage struggles to turn ideas into results; someone who manages well but never leads keeps things running but rarely moves them on. Tandem treats them as two sets of skills you can build side by side."),
    // learn.1.title
    QT_TRANSLATE_NOOP("SkillModel", "Two roles"),
    // learn.2.body
    QT_TRANSLATE_NOOP("SkillModel", "You do not need a job title to lead. Leading is a matter of influence: people follow you because they trust you, because of the example you set, or because you have shown them something worth working towards. A new starter who spots a better way of doing things and wins colleagues over to it is leading.\n\nSo if nobody reports to you, Tandem is still for you. You can practise the leading skills from any seat, and the managing skills apply to any work you organise, including your own."),
    // learn.2.title
    QT_TRANSLATE_NOOP("SkillModel", "No title needed"),
    // learn.3.body
    QT_TRANSLATE_NOOP("SkillModel", "Tandem looks at five places where leading and managing pull in different directions: vision and execution, inspiration and supervision, change and stability, emotional connection and process control, and risk-taking and risk management. Each pair has a leading pole and a managing pole. Tandem rates each pole on its own rather than asking you to pick a point between them, because an either/or would hide something important: you can be strong at both ends at once, or still developing at both. A high score for Vision tells you nothing about your Execution, so Tandem shows you each one separately."),
    // learn.3.title
    QT_TRANSLATE_NOOP("SkillModel", "The five contrasts"),
    // learn.4.body
    QT_TRANSLATE_NOOP("SkillModel", "Some things matter whether you are leading or managing. Tandem calls these the five shared areas: goal orientation, communication and influence, decision-making, problem-solving and adaptability, and team development and support. Both roles are at work in each of them, but each acts in its own way. When setting goals, for example, leading means keeping the long-term purpose in view, while managing means turning that purpose into practical steps. Seeing both facets helps you notice which one you reach for first, and which you might be leaving out."),
    // learn.4.title
    QT_TRANSLATE_NOOP("SkillModel", "Where the two roles meet"),
    // learn.5.body
    QT_TRANSLATE_NOOP("SkillModel", "At the heart of Tandem are eight skills, four for leading and four for managing. The leading skills are visionary thinking, emotional intelligence, influence and persuasion, and adaptability and innovation. The managing skills are organisational efficiency, problem-solving and decision-making, performance monitoring and accountability, and communication and clarity. Each skill is measured by a few statements about things you do, and you rate how often you do each one on a five-point scale: never, rarely, sometimes, often or always. Answer for what you actually do rather than what you intend to do. A few statements are deliberately worded the other way round, so read each one carefully."),
    // learn.5.title
    QT_TRANSLATE_NOOP("SkillModel", "The eight skills"),
    // learn.6.body
    QT_TRANSLATE_NOOP("SkillModel", "Situations rarely come with a label saying which role they need. These signals can help you decide.\n\nSigns that a situation calls for leading:\n- Nobody is quite sure where the work is heading, or the old goal no longer fits.\n- People are going through the motions and need a reason to care.\n- Something around you has shifted and the usual approach has stopped working.\n- Trust has been damaged, or people are anxious, upset or pulling apart.\n- An opportunity has appeared that will not wait and is worth a calculated risk.\n\nSigns that a situation calls for managing:\n- The goal is agreed and the job now is to deliver it.\n- Work is falling through the cracks or deadlines are slipping.\n- People are unsure who is doing what.\n- The team has been through a lot of change and needs a spell of calm and routine.\n- Resources are stretched and need careful sharing out.\n- There is a hazard to the work, your customers or the organisation that needs containing.\n\nMost real situations need a blend. A team launching something new needs a clear reason why, which is leading, and a clear plan for how, which is managing. A team in a crisis needs steady routines to hold on to, and someone who speaks to their worries and gives them hope. A useful habit is to ask which role the situation needs first, and which it needs next.\n\nTandem's 'Lead or manage?' advisor asks five quick questions, one for each contrast, and suggests whether to lean towards leading, towards managing, or to blend the two. Treat its answer as a prompt for your own judgement, not a verdict. Afterwards, note in your journal what you actually did and how it went, so that over time you can see which choices serve you and your team well."),
    // learn.6.title
    QT_TRANSLATE_NOOP("SkillModel", "When to lead and when to manage"),
    // learn.7.body
    QT_TRANSLATE_NOOP("SkillModel", "Balance does not mean splitting your time fifty-fifty. It means having both roles within reach and using each when it is needed. Your balance will shift with your job, your team and the time of year: a new team or a big change may pull you towards leading for a while, and a heavy delivery period may pull you towards managing. Tandem shows your leadership and management indices side by side and tracks them over months and years, so you can tell whether a lean is a choice or a habit.\n\nScores from any self-assessment wobble a little from one time to the next, even when nothing has really changed: your mood, your week and how you read a statement all play a part. Tandem knows roughly how large that wobble is for each score, and it only calls a change real when the change is larger than the measurement's noise. On the trend charts this appears as a band around your earlier score. A move inside the band is worth noticing but not worth celebrating or worrying about; a move beyond it is a change you can trust."),
    // learn.7.title
    QT_TRANSLATE_NOOP("SkillModel", "Finding your balance"),
    // learn.8.body
    QT_TRANSLATE_NOOP("SkillModel", "Growth comes from small, steady steps rather than big resolutions. Start by picking one growth area: a single skill or pole you would most like to strengthen. Tandem suggests growth areas from your latest assessment, but the choice is yours. Then set a goal: what you want to change, why it matters and by when, broken into a few concrete steps.\n\nEach week, pick one tip for that area and try it. At the end of the week, write a short journal entry about what you tried, what happened and what you noticed about yourself, and link it to your goal. After a few weeks, your pulse check-ins and your next full assessment will show whether the change is taking hold."),
    // learn.8.title
    QT_TRANSLATE_NOOP("SkillModel", "Growing your skills"),
    // pulse.0.text
    QT_TRANSLATE_NOOP("SkillModel", "This week I linked my team's work to where we want to be in the longer run."),
    // pulse.1.text
    QT_TRANSLATE_NOOP("SkillModel", "This week I checked in with someone about how they were feeling."),
    // pulse.2.text
    QT_TRANSLATE_NOOP("SkillModel", "This week I explained my reasons when I asked people to support an idea."),
    // pulse.3.text
    QT_TRANSLATE_NOOP("SkillModel", "This week I tried a new way of doing something."),
    // pulse.4.text
    QT_TRANSLATE_NOOP("SkillModel", "This week I made sure each piece of work had a clear owner."),
    // pulse.5.text
    QT_TRANSLATE_NOOP("SkillModel", "This week I made decisions promptly once I had the facts I needed."),
    // pulse.6.text
    QT_TRANSLATE_NOOP("SkillModel", "This week I followed up on progress against what we had agreed."),
    // pulse.7.text
    QT_TRANSLATE_NOOP("SkillModel", "This week I checked that people understood what I expected of them."),
    // roles.lead.name
    QT_TRANSLATE_NOOP("SkillModel", "Leading"),
    // roles.lead.summary
    QT_TRANSLATE_NOOP("SkillModel", "Leading is about where you are going and why it matters. You set a direction, bring people together behind it and give them reasons to care, so that the team can change and grow. Anyone can lead, with or without a title, because it rests on influence rather than authority."),
    // roles.manage.name
    QT_TRANSLATE_NOOP("SkillModel", "Managing"),
    // roles.manage.summary
    QT_TRANSLATE_NOOP("SkillModel", "Managing is about making the work happen reliably. You organise people, time and money, keep processes under control and run the day-to-day operation. The aim is consistency: steady results people can count on."),
    // scale.0
    QT_TRANSLATE_NOOP("SkillModel", "Never"),
    // scale.1
    QT_TRANSLATE_NOOP("SkillModel", "Rarely"),
    // scale.2
    QT_TRANSLATE_NOOP("SkillModel", "Sometimes"),
    // scale.3
    QT_TRANSLATE_NOOP("SkillModel", "Often"),
    // scale.4
    QT_TRANSLATE_NOOP("SkillModel", "Always"),
    // shared_areas.0.description
    QT_TRANSLATE_NOOP("SkillModel", "Both roles need a clear sense of where the team is heading, because without goals neither inspiration nor organisation has anything to aim at."),
    // shared_areas.0.lead_facet
    QT_TRANSLATE_NOOP("SkillModel", "Sets long-term aims and makes sure people know why their work matters."),
    // shared_areas.0.manage_facet
    QT_TRANSLATE_NOOP("SkillModel", "Breaks those aims into concrete, actionable steps and keeps the daily work lined up with them."),
    // shared_areas.0.name
    QT_TRANSLATE_NOOP("SkillModel", "Goal orientation"),
    // shared_areas.1.description
    QT_TRANSLATE_NOOP("SkillModel", "Both roles depend on helping people understand a common aim and rally around it."),
    // shared_areas.1.lead_facet
    QT_TRANSLATE_NOOP("SkillModel", "Paints a picture of the future that people want to be part of, and gains influence by inspiring them."),
    // shared_areas.1.manage_facet
    QT_TRANSLATE_NOOP("SkillModel", "Makes expectations, responsibilities and processes clear, and earns respect by being consistent and dependable."),
    // shared_areas.1.name
    QT_TRANSLATE_NOOP("SkillModel", "Communication and influence"),
    // shared_areas.2.description
    QT_TRANSLATE_NOOP("SkillModel", "Both roles have to make difficult calls with confidence, because hesitation stalls the work."),
    // shared_areas.2.lead_facet
    QT_TRANSLATE_NOOP("SkillModel", "Makes strategic choices about the future, often without full information, drawing on judgement and experience."),
    // shared_areas.2.manage_facet
    QT_TRANSLATE_NOOP("SkillModel", "Makes operational decisions that keep the work efficient, drawing on data and established processes."),
    // shared_areas.2.name
    QT_TRANSLATE_NOOP("SkillModel", "Decision-making"),
    // shared_areas.3.description
    QT_TRANSLATE_NOOP("SkillModel", "Every team meets problems and shifting circumstances, so both roles must find a way through them."),
    // shared_areas.3.lead_facet
    QT_TRANSLATE_NOOP("SkillModel", "Encourages creative thinking to tackle broad challenges, and changes strategy when circumstances shift."),
    // shared_areas.3.manage_facet
    QT_TRANSLATE_NOOP("SkillModel", "Troubleshoots everyday roadblocks and refines processes so the work keeps flowing."),
    // shared_areas.3.name
    QT_TRANSLATE_NOOP("SkillModel", "Problem-solving and adaptability"),
    // shared_areas.4.description
    QT_TRANSLATE_NOOP("SkillModel", "Both roles are responsible for helping people grow, which is how a team keeps good people and stays effective."),
    // shared_areas.4.lead_facet
    QT_TRANSLATE_NOOP("SkillModel", "Mentors people and encourages them to grow beyond their current role."),
    // shared_areas.4.manage_facet
    QT_TRANSLATE_NOOP("SkillModel", "Provides hands-on training and day-to-day performance support, so people have the skills their tasks need."),
    // shared_areas.4.name
    QT_TRANSLATE_NOOP("SkillModel", "Team development and support"),
    // skills.0.description
    QT_TRANSLATE_NOOP("SkillModel", "Looking past today's work to the wider picture, and turning what you see into a direction your team can understand and aim for."),
    // skills.0.items.0.observer
    QT_TRANSLATE_NOOP("SkillModel", "This person describes to their team what they want the work to look like a year or more from now."),
    // skills.0.items.0.text
    QT_TRANSLATE_NOOP("SkillModel", "I describe to my team what I want our work to look like a year or more from now."),
    // skills.0.items.1.observer
    QT_TRANSLATE_NOOP("SkillModel", "This person sets time aside to think about changes that could affect the work in future."),
    // skills.0.items.1.text
    QT_TRANSLATE_NOOP("SkillModel", "I set time aside to think about changes that could affect our work in the future."),
    // skills.0.items.2.observer
    QT_TRANSLATE_NOOP("SkillModel", "This person explains how everyday tasks connect to longer-term goals."),
    // skills.0.items.2.text
    QT_TRANSLATE_NOOP("SkillModel", "I explain how everyday tasks connect to our longer-term goals."),
    // skills.0.items.3.observer
    QT_TRANSLATE_NOOP("SkillModel", "This person goes whole weeks without mentioning where the work is heading."),
    // skills.0.items.3.text
    QT_TRANSLATE_NOOP("SkillModel", "I go through whole weeks without mentioning where our work is heading."),
    // skills.0.name
    QT_TRANSLATE_NOOP("SkillModel", "Visionary thinking"),
    // skills.0.tips.0.text
    QT_TRANSLATE_NOOP("SkillModel", "This week, write three sentences on what you want your team to be known for in a year's time, read them out at your next team meeting and ask what is missing."),
    // skills.0.tips.1.text
    QT_TRANSLATE_NOOP("SkillModel", "Block 30 minutes in your diary this week to look for one change outside your team, such as a shift in what customers ask for or a new tool, and note how it might affect your work."),
    // skills.0.tips.2.text
    QT_TRANSLATE_NOOP("SkillModel", "In your next one-to-one, pick a routine task the person is working on and talk through together how it feeds into a bigger goal."),
    // skills.0.tips.3.text
    QT_TRANSLATE_NOOP("SkillModel", "Ask two people on your team where they think the team should be in a year, then compare their answers with your own picture."),
    // skills.1.description
    QT_TRANSLATE_NOOP("SkillModel", "Noticing how people feel, including yourself, and responding with care so that trust and goodwill grow."),
    // skills.1.items.0.observer
    QT_TRANSLATE_NOOP("SkillModel", "This person notices when someone on the team seems stressed or low."),
    // skills.1.items.0.text
    QT_TRANSLATE_NOOP("SkillModel", "I notice when someone on my team seems stressed or low."),
    // skills.1.items.1.observer
    QT_TRANSLATE_NOOP("SkillModel", "When someone raises a worry, this person listens fully before offering a solution."),
    // skills.1.items.1.text
    QT_TRANSLATE_NOOP("SkillModel", "When someone raises a worry, I listen fully before offering a solution."),
    // skills.1.items.2.observer
    QT_TRANSLATE_NOOP("SkillModel", "In a tense moment, this person pauses before responding."),
    // skills.1.items.2.text
    QT_TRANSLATE_NOOP("SkillModel", "In a tense moment, I pause before I respond."),
    // skills.1.items.3.observer
    QT_TRANSLATE_NOOP("SkillModel", "This person brushes aside how people feel when there is work to get done."),
    // skills.1.items.3.text
    QT_TRANSLATE_NOOP("SkillModel", "I brush aside how people feel when there is work to get done."),
    // skills.1.name
    QT_TRANSLATE_NOOP("SkillModel", "Emotional intelligence"),
    // skills.1.tips.0.text
    QT_TRANSLATE_NOOP("SkillModel", "This week, start each one-to-one with an open question such as 'How are things for you at the moment?' and give the answer at least two minutes before moving on to tasks."),
    // skills.1.tips.1.text
    QT_TRANSLATE_NOOP("SkillModel", "After one tense conversation this week, write down what you felt, what you did and what you would like to do differently next time."),
    // skills.1.tips.2.text
    QT_TRANSLATE_NOOP("SkillModel", "In your next team meeting, watch for anyone who goes quiet, and check in with them privately afterwards."),
    // skills.1.tips.3.text
    QT_TRANSLATE_NOOP("SkillModel", "Thank one person each day this week for something specific they did, and say what difference it made."),
    // skills.2.description
    QT_TRANSLATE_NOOP("SkillModel", "Winning genuine commitment to ideas by explaining, listening and building support, rather than leaning on your position."),
    // skills.2.items.0.observer
    QT_TRANSLATE_NOOP("SkillModel", "Before proposing a change, this person finds out what matters to the people it will affect."),
    // skills.2.items.0.text
    QT_TRANSLATE_NOOP("SkillModel", "Before I propose a change, I find out what matters to the people it will affect."),
    // skills.2.items.1.observer
    QT_TRANSLATE_NOOP("SkillModel", "This person gives reasons for their proposals that make sense to the people being asked."),
    // skills.2.items.1.text
    QT_TRANSLATE_NOOP("SkillModel", "I give reasons for my proposals that make sense to the people I am asking."),
    // skills.2.items.2.observer
    QT_TRANSLATE_NOOP("SkillModel", "Before a big decision, this person talks to key people one by one to build support."),
    // skills.2.items.2.text
    QT_TRANSLATE_NOOP("SkillModel", "I talk to key people one by one to build support before a big decision."),
    // skills.2.items.3.observer
    QT_TRANSLATE_NOOP("SkillModel", "This person relies on their position to get people to go along with their ideas."),
    // skills.2.items.3.text
    QT_TRANSLATE_NOOP("SkillModel", "I rely on my position to get people to go along with my ideas."),
    // skills.2.name
    QT_TRANSLATE_NOOP("SkillModel", "Influence and persuasion"),
    // skills.2.tips.0.text
    QT_TRANSLATE_NOOP("SkillModel", "Before your next proposal, list the three people it affects most and write one line on what each of them cares about, then shape your pitch around those lines."),
    // skills.2.tips.1.text
    QT_TRANSLATE_NOOP("SkillModel", "This week, whenever you ask for something, give the reason first and the request second, and notice whether the response changes."),
    // skills.2.tips.2.text
    QT_TRANSLATE_NOOP("SkillModel", "Have one short conversation this week with someone who disagrees with an idea of yours, and ask what would need to be true for them to support it."),
    // skills.2.tips.3.text
    QT_TRANSLATE_NOOP("SkillModel", "Find one person outside your own team whose help you will need soon, and have a coffee with them this week without asking for anything."),
    // skills.3.description
    QT_TRANSLATE_NOOP("SkillModel", "Staying steady when the way ahead is uncertain, trying new approaches and changing course when the facts change."),
    // skills.3.items.0.observer
    QT_TRANSLATE_NOOP("SkillModel", "This person tries out new ways of doing things on a small scale."),
    // skills.3.items.0.text
    QT_TRANSLATE_NOOP("SkillModel", "I try out new ways of doing things on a small scale."),
    // skills.3.items.1.observer
    QT_TRANSLATE_NOOP("SkillModel", "This person invites the team to suggest ideas that break from the usual way of working."),
    // skills.3.items.1.text
    QT_TRANSLATE_NOOP("SkillModel", "I invite my team to suggest ideas that break from how we usually work."),
    // skills.3.items.2.observer
    QT_TRANSLATE_NOOP("SkillModel", "This person changes their plans when new information shows they no longer fit."),
    // skills.3.items.2.text
    QT_TRANSLATE_NOOP("SkillModel", "I change my plans when new information shows they no longer fit."),
    // skills.3.items.3.observer
    QT_TRANSLATE_NOOP("SkillModel", "This person sticks with the usual way of doing things even when it is clearly not working."),
    // skills.3.items.3.text
    QT_TRANSLATE_NOOP("SkillModel", "I stick with the usual way of doing things even when it is clearly not working."),
    // skills.3.name
    QT_TRANSLATE_NOOP("SkillModel", "Adaptability and innovation"),
    // skills.3.tips.0.text
    QT_TRANSLATE_NOOP("SkillModel", "Choose one routine your team has followed for years and, this week, ask the team: 'If we were starting from scratch, would we do it this way?'"),
    // skills.3.tips.1.text
    QT_TRANSLATE_NOOP("SkillModel", "Run one small experiment this week, such as a shorter meeting or a new template, and decide in advance how you will judge whether it worked."),
    // skills.3.tips.2.text
    QT_TRANSLATE_NOOP("SkillModel", "At your next team meeting, set aside ten minutes for ideas that would change how you work, and agree that nobody criticises an idea on the spot."),
    // skills.3.tips.3.text
    QT_TRANSLATE_NOOP("SkillModel", "When a plan goes off track this week, write down what you know now that you did not know when you made it, before you decide whether to adjust."),
    // skills.4.description
    QT_TRANSLATE_NOOP("SkillModel", "Structuring the work, sharing out tasks and using time and other resources well, so the team runs smoothly and meets its deadlines."),
    // skills.4.items.0.observer
    QT_TRANSLATE_NOOP("SkillModel", "This person plans who will do what before a piece of work begins."),
    // skills.4.items.0.text
    QT_TRANSLATE_NOOP("SkillModel", "I plan who will do what before a piece of work begins."),
    // skills.4.items.1.observer
    QT_TRANSLATE_NOOP("SkillModel", "This person checks that workloads are spread fairly across the team."),
    // skills.4.items.1.text
    QT_TRANSLATE_NOOP("SkillModel", "I check that workloads are spread fairly across the team."),
    // skills.4.items.2.observer
    QT_TRANSLATE_NOOP("SkillModel", "This person deals with bottlenecks in the workflow before they hold up deadlines."),
    // skills.4.items.2.text
    QT_TRANSLATE_NOOP("SkillModel", "I deal with bottlenecks in our workflow before they hold up deadlines."),
    // skills.4.items.3.observer
    QT_TRANSLATE_NOOP("SkillModel", "This person lets tasks pile up without a clear owner."),
    // skills.4.items.3.text
    QT_TRANSLATE_NOOP("SkillModel", "I let tasks pile up without a clear owner."),
    // skills.4.name
    QT_TRANSLATE_NOOP("SkillModel", "Organisational efficiency"),
    // skills.4.tips.0.text
    QT_TRANSLATE_NOOP("SkillModel", "This week, list every piece of work in progress and make sure each one has a single named owner and a due date."),
    // skills.4.tips.1.text
    QT_TRANSLATE_NOOP("SkillModel", "Look back at last month's late deliveries, find the step where work most often sat waiting, and try one change to shorten that wait."),
    // skills.4.tips.2.text
    QT_TRANSLATE_NOOP("SkillModel", "At the start of the week, spend 20 minutes mapping each person's load for the next fortnight, and rebalance anything that looks lopsided."),
    // skills.4.tips.3.text
    QT_TRANSLATE_NOOP("SkillModel", "Cancel or shorten one recurring meeting this week that no longer earns its time, and tell people what you will do with the hour saved."),
    // skills.5.description
    QT_TRANSLATE_NOOP("SkillModel", "Working through day-to-day problems calmly, weighing facts and risks, and making sound, timely decisions that keep the work moving."),
    // skills.5.items.0.observer
    QT_TRANSLATE_NOOP("SkillModel", "This person gathers the relevant facts before deciding how to fix a problem."),
    // skills.5.items.0.text
    QT_TRANSLATE_NOOP("SkillModel", "I gather the relevant facts before I decide how to fix a problem."),
    // skills.5.items.1.observer
    QT_TRANSLATE_NOOP("SkillModel", "This person looks for the root cause of a problem, not only its symptoms."),
    // skills.5.items.1.text
    QT_TRANSLATE_NOOP("SkillModel", "I look for the root cause of a problem, not only its symptoms."),
    // skills.5.items.2.observer
    QT_TRANSLATE_NOOP("SkillModel", "This person makes operational decisions promptly once there is enough information."),
    // skills.5.items.2.text
    QT_TRANSLATE_NOOP("SkillModel", "I make operational decisions promptly once I have enough information."),
    // skills.5.items.3.observer
    QT_TRANSLATE_NOOP("SkillModel", "This person puts off decisions until the problem has grown bigger."),
    // skills.5.items.3.text
    QT_TRANSLATE_NOOP("SkillModel", "I put off decisions until the problem has grown bigger."),
    // skills.5.name
    QT_TRANSLATE_NOOP("SkillModel", "Problem-solving and decision-making"),
    // skills.5.tips.0.text
    QT_TRANSLATE_NOOP("SkillModel", "The next time something goes wrong this week, ask 'Why did that happen?' five times in a row before choosing a fix, and write the chain of answers down."),
    // skills.5.tips.1.text
    QT_TRANSLATE_NOOP("SkillModel", "For one decision you have been putting off, write down the information you actually need, set a date to decide and tell the people affected."),
    // skills.5.tips.2.text
    QT_TRANSLATE_NOOP("SkillModel", "Before your next operational decision, list two options besides your first idea and one risk for each."),
    // skills.5.tips.3.text
    QT_TRANSLATE_NOOP("SkillModel", "At the end of the week, review one decision you made: what you knew, what you chose and what happened next."),
    // skills.6.description
    QT_TRANSLATE_NOOP("SkillModel", "Keeping track of progress against clear standards, giving useful feedback and following up when work falls short."),
    // skills.6.items.0.observer
    QT_TRANSLATE_NOOP("SkillModel", "This person agrees clear measures of success with people before their work starts."),
    // skills.6.items.0.text
    QT_TRANSLATE_NOOP("SkillModel", "I agree clear measures of success with people before their work starts."),
    // skills.6.items.1.observer
    QT_TRANSLATE_NOOP("SkillModel", "This person checks progress against agreed goals at regular points."),
    // skills.6.items.1.text
    QT_TRANSLATE_NOOP("SkillModel", "I check progress against agreed goals at regular points."),
    // skills.6.items.2.observer
    QT_TRANSLATE_NOOP("SkillModel", "This person gives specific feedback soon after seeing someone's work."),
    // skills.6.items.2.text
    QT_TRANSLATE_NOOP("SkillModel", "I give people specific feedback soon after I see their work."),
    // skills.6.items.3.observer
    QT_TRANSLATE_NOOP("SkillModel", "This person lets missed commitments pass without mentioning them."),
    // skills.6.items.3.text
    QT_TRANSLATE_NOOP("SkillModel", "I let missed commitments pass without mentioning them."),
    // skills.6.name
    QT_TRANSLATE_NOOP("SkillModel", "Performance monitoring and accountability"),
    // skills.6.tips.0.text
    QT_TRANSLATE_NOOP("SkillModel", "This week, choose one piece of work and agree with its owner, in writing, what 'done well' looks like before they go further."),
    // skills.6.tips.1.text
    QT_TRANSLATE_NOOP("SkillModel", "Give one piece of specific feedback each day this week, naming what the person did and the effect it had."),
    // skills.6.tips.2.text
    QT_TRANSLATE_NOOP("SkillModel", "If there is a missed commitment you have not yet mentioned, raise it this week in a calm, private conversation that starts with what you noticed."),
    // skills.6.tips.3.text
    QT_TRANSLATE_NOOP("SkillModel", "Set up a simple weekly progress check, such as five minutes per person or one shared list, and run it for the first time this week."),
    // skills.7.description
    QT_TRANSLATE_NOOP("SkillModel", "Making sure everyone knows what is expected of them, what to do and who does what, so that confusion and mistakes stay rare."),
    // skills.7.items.0.observer
    QT_TRANSLATE_NOOP("SkillModel", "When handing over a task, this person spells out what the finished result should look like."),
    // skills.7.items.0.text
    QT_TRANSLATE_NOOP("SkillModel", "When I hand over a task, I spell out what the finished result should look like."),
    // skills.7.items.1.observer
    QT_TRANSLATE_NOOP("SkillModel", "This person asks people to say what their next steps are, to check that instructions were understood."),
    // skills.7.items.1.text
    QT_TRANSLATE_NOOP("SkillModel", "I ask people to tell me their next steps to check they have understood my instructions."),
    // skills.7.items.2.observer
    QT_TRANSLATE_NOOP("SkillModel", "This person shares important decisions in writing with everyone they affect."),
    // skills.7.items.2.text
    QT_TRANSLATE_NOOP("SkillModel", "I share important decisions in writing with everyone they affect."),
    // skills.7.items.3.observer
    QT_TRANSLATE_NOOP("SkillModel", "This person assumes people know what is expected without telling them."),
    // skills.7.items.3.text
    QT_TRANSLATE_NOOP("SkillModel", "I assume people know what I expect without telling them."),
    // skills.7.name
    QT_TRANSLATE_NOOP("SkillModel", "Communication and clarity"),
    // skills.7.tips.0.text
    QT_TRANSLATE_NOOP("SkillModel", "When you hand over a task this week, state the outcome, the deadline and who to ask for help, then ask the person to play it back in their own words."),
    // skills.7.tips.1.text
    QT_TRANSLATE_NOOP("SkillModel", "After your next meeting, send a short note listing each decision, who owns each action and by when."),
    // skills.7.tips.2.text
    QT_TRANSLATE_NOOP("SkillModel", "Pick one thing your team is regularly confused about and write a one-page guide to it this week."),
    // skills.7.tips.3.text
    QT_TRANSLATE_NOOP("SkillModel", "Ask one person this week: 'What is one thing I could explain more clearly?' and act on the answer."),
};
