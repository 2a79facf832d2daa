<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv" sourcelanguage="en">
    <context>
        <name>ActionForm</name>
        <message>
            <source>What will be done…</source>
            <translation>Vad som ska göras…</translation>
        </message>
        <message>
            <source>Person or role, e.g. enhetschef</source>
            <translation>Person eller roll, t.ex. enhetschef</translation>
        </message>
        <message>
            <source>How progress is measured…</source>
            <translation>Hur framstegen mäts…</translation>
        </message>
        <message>
            <source>e.g. at least 20 SIP meetings a year</source>
            <translation>t.ex. minst 20 SIP-möten per år</translation>
        </message>
    </context>
    <context>
        <name>AreaForm</name>
        <message>
            <source>Choose a suggestion or type your own name.</source>
            <translation>Välj ett förslag eller skriv ett eget namn.</translation>
        </message>
        <message>
            <source>The situation today, in a few sentences…</source>
            <translation>Läget i dag, med några meningar…</translation>
        </message>
        <message>
            <source>What the municipality wants to achieve…</source>
            <translation>Vad kommunen vill uppnå…</translation>
        </message>
    </context>
    <context>
        <name>FollowActionForm</name>
        <message>
            <source>Status now</source>
            <translation>Status nu</translation>
        </message>
        <message>
            <source>Comment</source>
            <translation>Kommentar</translation>
        </message>
        <message>
            <source>In the plan: {status}, due {due}</source>
            <translation>I planen: {status}, klart senast {due}</translation>
        </message>
        <message>
            <source>Added after the plan was agreed.</source>
            <translation>Tillagd efter att planen blev överenskommen.</translation>
        </message>
        <message>
            <source>Removed from the plan after the agreed version: shown for the record, not followed up.</source>
            <translation>Borttagen ur planen efter överenskommen version: visas som underlag, följs inte upp.</translation>
        </message>
    </context>
    <context>
        <name>FollowAreaForm</name>
        <message>
            <source>Not assessed</source>
            <translation>Inte bedömt</translation>
        </message>
        <message>
            <source>Goal: {goal}</source>
            <translation>Mål: {goal}</translation>
        </message>
    </context>
    <context>
        <name>TreeEditor</name>
        <message>
            <source>Development areas and actions</source>
            <translation>Utvecklingsområden och åtgärder</translation>
        </message>
        <message>
            <source>Choose a development area or an action in the tree.</source>
            <translation>Välj ett utvecklingsområde eller en åtgärd i trädet.</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Spara</translation>
        </message>
        <message>
            <source>Save the changes (Ctrl+S)</source>
            <translation>Spara ändringarna (Ctrl+S)</translation>
        </message>
        <message>
            <source>Unsaved changes</source>
            <translation>Osparade ändringar</translation>
        </message>
        <message>
            <source>Saved</source>
            <translation>Sparat</translation>
        </message>
    </context>
</TS>
