<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Counts</name>
    <message numerus="yes">
        <location filename="../app/cli/arguments.cpp" line="+126"/>
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
        <location filename="../core/store/databasecheck.cpp" line="+100"/>
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
        <location filename="../app/cli/duecommand.cpp" line="+69"/>
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
    <name>GoalsCommand</name>
    <message numerus="yes">
        <location filename="../app/cli/goalscommand.cpp" line="+114"/>
        <source>%1 of %n steps done</source>
        <translation>
            <numerusform>%1 of %n step done</numerusform>
            <numerusform>%1 of %n steps done</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Importer</name>
    <message numerus="yes">
        <location filename="../core/exchange/importer.cpp" line="+322"/>
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
        <source>%n settings</source>
        <translation>
            <numerusform>%n setting</numerusform>
            <numerusform>%n settings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+35"/>
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
    <name>StoreOpener</name>
    <message numerus="yes">
        <location filename="../app/cli/storeopener.cpp" line="+89"/>
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
        <location filename="../ui/progress/activityheatmap.cpp" line="+101"/>
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
        <location filename="../ui/progress/activitytab.cpp" line="+48"/>
        <source>%n journal entries on %1 days; the darker a day, the more entries.</source>
        <translation>
            <numerusform>%n journal entry on %1 days; the darker a day, the more entries.</numerusform>
            <numerusform>%n journal entries on %1 days; the darker a day, the more entries.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
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
    <name>tandem::ui::DataTransfer</name>
    <message numerus="yes">
        <location filename="../ui/exchange/datatransfer.cpp" line="+299"/>
        <source>Exported %n files to %1.</source>
        <translation>
            <numerusform>Exported %n file to %1.</numerusform>
            <numerusform>Exported %n files to %1.</numerusform>
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
    <name>tandem::ui::MainWindow</name>
    <message numerus="yes">
        <location filename="../ui/mainwindow/mainwindow.cpp" line="+245"/>
        <source>%n decision(s) you recorded in Tandem can be reviewed now: what happened, and did it go as you expected?</source>
        <translation>
            <numerusform>%n decision you recorded in Tandem can be reviewed now: what happened, and did it go as you expected?</numerusform>
            <numerusform>%n decisions you recorded in Tandem can be reviewed now: what happened, and did it go as you expected?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tandem::ui::PolesTab</name>
    <message numerus="yes">
        <location filename="../ui/progress/polestab.cpp" line="+90"/>
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
        <location filename="../ui/progress/quadranttab.cpp" line="+100"/>
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
        <location filename="../ui/progress/radartab.cpp" line="+149"/>
        <source>Radar chart of %n skills from your latest full assessment. </source>
        <translation>
            <numerusform>Radar chart of %n skill from your latest full assessment. </numerusform>
            <numerusform>Radar chart of %n skills from your latest full assessment. </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
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
        <location filename="../ui/progress/trendstab.cpp" line="+230"/>
        <source>Line chart of %1 over %n assessments, with the meaningful-change band. </source>
        <translation>
            <numerusform>Line chart of %1 over %n assessment, with the meaningful-change band. </numerusform>
            <numerusform>Line chart of %1 over %n assessments, with the meaningful-change band. </numerusform>
        </translation>
    </message>
</context>
</TS>
