<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv" sourcelanguage="en">
    <context>
        <name>headcounts</name>
        <message>
            <source>{count} {group} (counted)</source>
            <translation>{count} {group} (antal)</translation>
        </message>
        <message>
            <source>Give a number from 1 to {max}.</source>
            <translation>Ange ett antal från 1 till {max}.</translation>
        </message>
        <message>
            <source>The headcount no longer exists.</source>
            <translation>Antalet finns inte längre.</translation>
        </message>
        <message>
            <source>The journalist is no longer registered.</source>
            <translation>Journalisten är inte längre anmäld.</translation>
        </message>
        <message>
            <source>Counted, not named: {groups}</source>
            <translation>Räknade, inte namngivna: {groups}</translation>
        </message>
    </context>
</TS>
