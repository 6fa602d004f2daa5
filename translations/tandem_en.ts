<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Counts</name>
    <message numerus="yes">
        <location filename="../app/cli/arguments.cpp" line="+137"/>
        <source>%n assessments</source>
        <translation>
            <numerusform>%n assessment</numerusform>
            <numerusform>%n assessments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n journal entries</source>
        <translation>
            <numerusform>%n journal entry</numerusform>
            <numerusform>%n journal entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n goals</source>
        <translation>
            <numerusform>%n goal</numerusform>
            <numerusform>%n goals</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DatabaseCheck</name>
    <message numerus="yes">
        <location filename="../core/store/databasecheck.cpp" line="+102"/>
        <source>%n records refer to records that no longer exist (first: %1).</source>
        <translation>
            <numerusform>%n record refers to records that no longer exist (first: %1).</numerusform>
            <numerusform>%n records refer to records that no longer exist (first: %1).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DemoCommand</name>
    <message numerus="yes">
        <location filename="../app/cli/democommand.cpp" line="+81"/>
        <source>%n years</source>
        <translation>
            <numerusform>%n year</numerusform>
            <numerusform>%n years</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n full assessments</source>
        <translation>
            <numerusform>%n full assessment</numerusform>
            <numerusform>%n full assessments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n pulse check-ins</source>
        <translation>
            <numerusform>%n pulse check-in</numerusform>
            <numerusform>%n pulse check-ins</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n journal entries</source>
        <translation>
            <numerusform>%n journal entry</numerusform>
            <numerusform>%n journal entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n goals</source>
        <translation>
            <numerusform>%n goal</numerusform>
            <numerusform>%n goals</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DueCommand</name>
    <message numerus="yes">
        <location filename="../app/cli/duecommand.cpp" line="+84"/>
        <source>
%n decisions to review:
</source>
        <translation>
            <numerusform>
%n decision to review:
</numerusform>
            <numerusform>
%n decisions to review:
</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FeedbackCommand</name>
    <message numerus="yes">
        <location filename="../app/cli/feedbackcommand.cpp" line="+142"/>
        <source>%n responses of %1 invited</source>
        <translation>
            <numerusform>%n response of %1 invited</numerusform>
            <numerusform>%n responses of %1 invited</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n responses</source>
        <translation>
            <numerusform>%n response</numerusform>
            <numerusform>%n responses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+132"/>
        <source>Created feedback round %1 (%2): %n statements.
</source>
        <translation>
            <numerusform>Created feedback round %1 (%2): %n statement.
</numerusform>
            <numerusform>Created feedback round %1 (%2): %n statements.
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+157"/>
        <source>Imported %1: round %2, %3, %n statements rated.
</source>
        <translation>
            <numerusform>Imported %1: round %2, %3, %n statement rated.
</numerusform>
            <numerusform>Imported %1: round %2, %3, %n statements rated.
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+48"/>
        <source>%n statements</source>
        <translation>
            <numerusform>%n statement</numerusform>
            <numerusform>%n statements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+79"/>
        <source>others %1 ± %2 (%n raters)</source>
        <translation>
            <numerusform>others %1 ± %2 (%n rater)</numerusform>
            <numerusform>others %1 ± %2 (%n raters)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+110"/>
        <source>Asked: %n statements; </source>
        <translation>
            <numerusform>Asked: %n statement; </numerusform>
            <numerusform>Asked: %n statements; </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+82"/>
        <source>Deleted feedback round %1 with its %n responses.
</source>
        <translation>
            <numerusform>Deleted feedback round %1 with its %n response.
</numerusform>
            <numerusform>Deleted feedback round %1 with its %n responses.
</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FeedbackForm</name>
    <message numerus="yes">
        <location filename="../core/domain/feedbackform.cpp" line="+31"/>
        <source>For each statement, choose how often you see this person do it. If you have not seen enough to judge, choose “Can’t say”: that is a useful answer too. It takes about %n minutes.</source>
        <translation>
            <numerusform>For each statement, choose how often you see this person do it. If you have not seen enough to judge, choose “Can’t say”: that is a useful answer too. It takes about %n minute.</numerusform>
            <numerusform>For each statement, choose how often you see this person do it. If you have not seen enough to judge, choose “Can’t say”: that is a useful answer too. It takes about %n minutes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FeedbackText</name>
    <message numerus="yes">
        <location filename="../ui/feedback/feedbacktext.cpp" line="+65"/>
        <source>%1 of %n responses</source>
        <translation>
            <numerusform>%1 of %n response</numerusform>
            <numerusform>%1 of %n responses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n responses</source>
        <translation>
            <numerusform>%n response</numerusform>
            <numerusform>%n responses</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Format</name>
    <message numerus="yes">
        <location filename="../ui/common/format.cpp" line="+36"/>
        <source>%Ln assessments</source>
        <translation>
            <numerusform>%Ln assessment</numerusform>
            <numerusform>%Ln assessments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln journal entries</source>
        <translation>
            <numerusform>%Ln journal entry</numerusform>
            <numerusform>%Ln journal entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln goals</source>
        <translation>
            <numerusform>%Ln goal</numerusform>
            <numerusform>%Ln goals</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GoalsCommand</name>
    <message numerus="yes">
        <location filename="../app/cli/goalscommand.cpp" line="+115"/>
        <source>%1 of %n steps done</source>
        <translation>
            <numerusform>%1 of %n step done</numerusform>
            <numerusform>%1 of %n steps done</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message numerus="yes">
        <location filename="../app/cli/importcommand.cpp" line="+117"/>
        <source>…and %n more.</source>
        <translation>
            <numerusform>…and %n more.</numerusform>
            <numerusform>…and %n more.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Importer</name>
    <message numerus="yes">
        <location filename="../core/exchange/importer.cpp" line="+435"/>
        <source>%n assessments</source>
        <translation>
            <numerusform>%n assessment</numerusform>
            <numerusform>%n assessments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n journal entries</source>
        <translation>
            <numerusform>%n journal entry</numerusform>
            <numerusform>%n journal entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n goals</source>
        <translation>
            <numerusform>%n goal</numerusform>
            <numerusform>%n goals</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n feedback rounds</source>
        <translation>
            <numerusform>%n feedback round</numerusform>
            <numerusform>%n feedback rounds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n colleagues&apos; responses</source>
        <translation>
            <numerusform>%n colleague&apos;s response</numerusform>
            <numerusform>%n colleagues&apos; responses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n settings</source>
        <translation>
            <numerusform>%n setting</numerusform>
            <numerusform>%n settings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+38"/>
        <source>%1 are already there</source>
        <comment>%1 is a list of counts; %n their sum</comment>
        <translation>
            <numerusform>%1 is already there</numerusform>
            <numerusform>%1 are already there</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InputReader</name>
    <message numerus="yes">
        <location filename="../core/store/inputreader.cpp" line="+74"/>
        <source>%1 bytes</source>
        <translation>
            <numerusform>%1 byte</numerusform>
            <numerusform>%1 bytes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProgressReport</name>
    <message numerus="yes">
        <location filename="../ui/report/progressreport.cpp" line="+584"/>
        <source>%1 of %n steps done</source>
        <translation>
            <numerusform>%1 of %n step done</numerusform>
            <numerusform>%1 of %n steps done</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+38"/>
        <source>%1 of %n steps</source>
        <translation>
            <numerusform>%1 of %n step</numerusform>
            <numerusform>%1 of %n steps</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>The %1 goals done most recently; %n earlier ones are in Tandem.</source>
        <translation>
            <numerusform>The %1 goals done most recently; %n earlier one is in Tandem.</numerusform>
            <numerusform>The %1 goals done most recently; %n earlier ones are in Tandem.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>From the feedback round of %1: %n colleagues answered.</source>
        <translation>
            <numerusform>From the feedback round of %1: %n colleague answered.</numerusform>
            <numerusform>From the feedback round of %1: %n colleagues answered.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+81"/>
        <source>Of the %Ln decisions you looked back on, what you expected came about in %1, partly in %2 and not in %3.</source>
        <translation>
            <numerusform>Of the %Ln decision you looked back on, what you expected came about in %1, partly in %2 and not in %3.</numerusform>
            <numerusform>Of the %Ln decisions you looked back on, what you expected came about in %1, partly in %2 and not in %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+29"/>
        <location line="+18"/>
        <source>%Ln decisions</source>
        <translation>
            <numerusform>%Ln decision</numerusform>
            <numerusform>%Ln decisions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StoreOpener</name>
    <message numerus="yes">
        <location filename="../app/cli/storeopener.cpp" line="+77"/>
        <source>%n journal entries</source>
        <translation>
            <numerusform>%n journal entry</numerusform>
            <numerusform>%n journal entries</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tandem::ui::ActivityHeatMap</name>
    <message numerus="yes">
        <location filename="../ui/progress/activityheatmap.cpp" line="+232"/>
        <source>%n entries (busiest week)</source>
        <translation>
            <numerusform>%n entry (busiest week)</numerusform>
            <numerusform>%n entries (busiest week)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n entries (busiest day)</source>
        <translation>
            <numerusform>%n entry (busiest day)</numerusform>
            <numerusform>%n entries (busiest day)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tandem::ui::ActivityTab</name>
    <message numerus="yes">
        <location filename="../ui/progress/activitytab.cpp" line="+74"/>
        <source>%1 on %Ln days; the more a square stands out from the background, the more entries.</source>
        <translation>
            <numerusform>%1 on %Ln day; the more a square stands out from the background, the more entries.</numerusform>
            <numerusform>%1 on %Ln days; the more a square stands out from the background, the more entries.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln journal entries</source>
        <translation>
            <numerusform>%Ln journal entry</numerusform>
            <numerusform>%Ln journal entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Calendar heat map of journal entries per day: %n entries, </source>
        <translation>
            <numerusform>Calendar heat map of journal entries per day: %n entry, </numerusform>
            <numerusform>Calendar heat map of journal entries per day: %n entries, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>at most %n on one day.</source>
        <translation>
            <numerusform>at most %n on one day.</numerusform>
            <numerusform>at most %n on one day.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tandem::ui::DashboardPage</name>
    <message numerus="yes">
        <location filename="../ui/dashboard/dashboardpage.cpp" line="+662"/>
        <source>%1 of %n steps done</source>
        <translation>
            <numerusform>%1 of %n step done</numerusform>
            <numerusform>%1 of %n steps done</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+69"/>
        <source>%n colleagues have answered your feedback round of %1 (you asked %2).</source>
        <translation>
            <numerusform>%n colleague has answered your feedback round of %1 (you asked %2).</numerusform>
            <numerusform>%n colleagues have answered your feedback round of %1 (you asked %2).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n colleagues have answered your feedback round of %1.</source>
        <translation>
            <numerusform>%n colleague has answered your feedback round of %1.</numerusform>
            <numerusform>%n colleagues have answered your feedback round of %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tandem::ui::DataTransfer</name>
    <message numerus="yes">
        <location filename="../ui/exchange/datatransfer.cpp" line="+313"/>
        <source>Exported %n files to %1.</source>
        <translation>
            <numerusform>Exported %n file to %1.</numerusform>
            <numerusform>Exported %n files to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tandem::ui::DueTracker</name>
    <message numerus="yes">
        <location filename="../ui/checkin/duetracker.cpp" line="+35"/>
        <source>%n decisions to review</source>
        <translation>
            <numerusform>%n decision to review</numerusform>
            <numerusform>%n decisions to review</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tandem::ui::FeedbackPage</name>
    <message numerus="yes">
        <location filename="../ui/feedback/feedbackpage.cpp" line="+331"/>
        <source>%n responses imported.</source>
        <translation>
            <numerusform>%n response imported.</numerusform>
            <numerusform>%n responses imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n already imported before, skipped.</source>
        <translation>
            <numerusform>%n already imported before, skipped.</numerusform>
            <numerusform>%n already imported before, skipped.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tandem::ui::FeedbackTab</name>
    <message numerus="yes">
        <location filename="../ui/progress/feedbacktab.cpp" line="+147"/>
        <source>Line chart of how colleagues rated %1 over %n feedback rounds, beside your own score. </source>
        <translation>
            <numerusform>Line chart of how colleagues rated %1 in %n feedback round, beside your own score. </numerusform>
            <numerusform>Line chart of how colleagues rated %1 over %n feedback rounds, beside your own score. </numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tandem::ui::FeedbackView</name>
    <message numerus="yes">
        <location filename="../ui/feedback/feedbackview.cpp" line="+288"/>
        <source>%n statements asked</source>
        <translation>
            <numerusform>%n statement asked</numerusform>
            <numerusform>%n statements asked</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+159"/>
        <source>Radar chart of %n scores: </source>
        <translation>
            <numerusform>Radar chart of %n score: </numerusform>
            <numerusform>Radar chart of %n scores: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n blind spots, </source>
        <translation>
            <numerusform>%n blind spot, </numerusform>
            <numerusform>%n blind spots, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n hidden strengths.</source>
        <translation>
            <numerusform>%n hidden strength.</numerusform>
            <numerusform>%n hidden strengths.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tandem::ui::GoalView</name>
    <message numerus="yes">
        <location filename="../ui/goals/goalview.cpp" line="+458"/>
        <source>%1 of %n steps done.</source>
        <translation>
            <numerusform>%1 of %n step done.</numerusform>
            <numerusform>%1 of %n steps done.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tandem::ui::ImportDialog</name>
    <message numerus="yes">
        <location filename="../ui/exchange/importdialog.cpp" line="+183"/>
        <source>…and %n more.</source>
        <translation>
            <numerusform>…and %n more.</numerusform>
            <numerusform>…and %n more.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tandem::ui::JournalPage</name>
    <message numerus="yes">
        <location filename="../ui/journal/journalpage.cpp" line="+412"/>
        <source>%n years ago: %1</source>
        <translation>
            <numerusform>A year ago: %1</numerusform>
            <numerusform>%n years ago: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+27"/>
        <source>%n results for “%1”</source>
        <translation>
            <numerusform>%n result for “%1”</numerusform>
            <numerusform>%n results for “%1”</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tandem::ui::MainWindow</name>
    <message numerus="yes">
        <location filename="../ui/mainwindow/mainwindow.cpp" line="+277"/>
        <source>%n decisions you recorded in Tandem can be reviewed now: what happened, and did it go as you expected?</source>
        <translation>
            <numerusform>%n decision you recorded in Tandem can be reviewed now: what happened, and did it go as you expected?</numerusform>
            <numerusform>%n decisions you recorded in Tandem can be reviewed now: what happened, and did it go as you expected?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tandem::ui::PolesTab</name>
    <message numerus="yes">
        <location filename="../ui/progress/polestab.cpp" line="+89"/>
        <source>Bar chart of the leading and the managing pole of %n contrasts, side by side.</source>
        <translation>
            <numerusform>Bar chart of the leading and the managing pole of %n contrast, side by side.</numerusform>
            <numerusform>Bar chart of the leading and the managing pole of %n contrasts, side by side.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tandem::ui::QuadrantTab</name>
    <message numerus="yes">
        <location filename="../ui/progress/quadranttab.cpp" line="+193"/>
        <source>Scatter chart of leadership against management for %n full assessments, joined in time order. </source>
        <translation>
            <numerusform>Scatter chart of leadership against management for %n full assessment, joined in time order. </numerusform>
            <numerusform>Scatter chart of leadership against management for %n full assessments, joined in time order. </numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tandem::ui::RadarTab</name>
    <message numerus="yes">
        <location filename="../ui/progress/radartab.cpp" line="+197"/>
        <source>Radar chart of %n skills from your latest full assessment. </source>
        <translation>
            <numerusform>Radar chart of %n skill from your latest full assessment. </numerusform>
            <numerusform>Radar chart of %n skills from your latest full assessment. </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n of them changed by more than noise since the earlier one.</source>
        <translation>
            <numerusform>%n of them changed by more than noise since the earlier one.</numerusform>
            <numerusform>%n of them changed by more than noise since the earlier one.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tandem::ui::TrendsTab</name>
    <message numerus="yes">
        <location filename="../ui/progress/trendstab.cpp" line="+250"/>
        <source>Line chart of %1 over %n assessments, with the meaningful-change band. </source>
        <translation>
            <numerusform>Line chart of %1 over %n assessment, with the meaningful-change band. </numerusform>
            <numerusform>Line chart of %1 over %n assessments, with the meaningful-change band. </numerusform>
        </translation>
    </message>
</context>
</TS>
