<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv" sourcelanguage="en">
    <context>
        <name>action_plans</name>
        <message>
            <source>The due date must not be before the start.</source>
            <translation>Klart senast får inte vara före startdatum.</translation>
        </message>
        <message>
            <source>The action plan no longer exists.</source>
            <translation>Handlingsplanen finns inte längre.</translation>
        </message>
        <message>
            <source>The development area no longer exists.</source>
            <translation>Utvecklingsområdet finns inte längre.</translation>
        </message>
        <message>
            <source>The action no longer exists.</source>
            <translation>Åtgärden finns inte längre.</translation>
        </message>
        <message>
            <source>{name} ({code}) has no action plan.</source>
            <translation>{name} ({code}) har ingen handlingsplan.</translation>
        </message>
        <message>
            <source>{name} already has an action plan.</source>
            <translation>{name} har redan en handlingsplan.</translation>
        </message>
        <message>
            <source>The municipality has a new action plan; the deleted one cannot be brought back beside it.</source>
            <translation>Kommunen har en ny handlingsplan; den borttagna kan inte återställas bredvid den.</translation>
        </message>
    </context>
    <context>
        <name>municipalities</name>
        <message>
            <source>No municipality has the code {code}.</source>
            <translation>Ingen kommun med kod {code}.</translation>
        </message>
        <message>
            <source>The municipality no longer exists.</source>
            <translation>Kommunen finns inte längre.</translation>
        </message>
    </context>
    <context>
        <name>validation</name>
        <message>
            <source>This field must not be empty.</source>
            <translation>Fältet får inte vara tomt.</translation>
        </message>
    </context>
</TS>
