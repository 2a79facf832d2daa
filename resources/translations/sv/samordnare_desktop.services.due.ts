<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv" sourcelanguage="en">
    <context>
        <name>DueKind</name>
        <message>
            <source>Report</source>
            <translation>Rapport</translation>
        </message>
        <message>
            <source>Final report</source>
            <translation>Slutrapport</translation>
        </message>
        <message>
            <source>Action plan</source>
            <translation>Handlingsplan</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Åtgärd</translation>
        </message>
        <message>
            <source>Actions</source>
            <translation>Åtgärder</translation>
        </message>
        <message>
            <source>Time study</source>
            <translation>Tidsstudie</translation>
        </message>
    </context>
    <context>
        <name>due</name>
        <message>
            <source>today</source>
            <translation>i dag</translation>
        </message>
        <message numerus="yes">
            <source>in %n day(s)</source>
            <translation>
                <numerusform>om %n dag</numerusform>
                <numerusform>om %n dagar</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n day(s) overdue</source>
            <translation>
                <numerusform>%n dag för sent</numerusform>
                <numerusform>%n dagar för sent</numerusform>
            </translation>
        </message>
        <message>
            <source>Quarterly report {number} of {total}</source>
            <translation>Kvartalsrapport {number} av {total}</translation>
        </message>
        <message>
            <source>Report {number} of {total} to the ministry</source>
            <translation>Rapport {number} av {total} till departementet</translation>
        </message>
        <message>
            <source>Final report of the assignment</source>
            <translation>Uppdragets slutrapport</translation>
        </message>
        <message>
            <source>Action plan not received (first visit {day}, expected within {weeks})</source>
            <translation>Handlingsplanen har inte kommit in (första besöket {day}, väntades inom {weeks})</translation>
        </message>
        <message>
            <source>Action: {what}</source>
            <translation>Åtgärd: {what}</translation>
        </message>
        <message numerus="yes">
            <source>%n action(s) overdue by more than {days} days</source>
            <translation>
                <numerusform>%n åtgärd försenad mer än {days} dagar</numerusform>
                <numerusform>%n åtgärder försenade mer än {days} dagar</numerusform>
            </translation>
        </message>
        <message>
            <source>Time study missing before the first visit</source>
            <translation>Tidsstudie saknas inför första besöket</translation>
        </message>
        <message numerus="yes">
            <source>%n week(s)</source>
            <translation>
                <numerusform>%n vecka</numerusform>
                <numerusform>%n veckor</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n action plan(s) not received</source>
            <translation>
                <numerusform>%n handlingsplan har inte kommit in</numerusform>
                <numerusform>%n handlingsplaner har inte kommit in</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n action(s) due or overdue</source>
            <translation>
                <numerusform>%n åtgärd förfaller eller är försenad</numerusform>
                <numerusform>%n åtgärder förfaller eller är försenade</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n time study(ies) missing before a first visit</source>
            <translation>
                <numerusform>%n tidsstudie saknas inför ett första besök</numerusform>
                <numerusform>%n tidsstudier saknas inför första besök</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Due within %n day(s): {items}.</source>
            <translation>
                <numerusform>Inom %n dag: {items}.</numerusform>
                <numerusform>Inom %n dagar: {items}.</numerusform>
            </translation>
        </message>
    </context>
</TS>
