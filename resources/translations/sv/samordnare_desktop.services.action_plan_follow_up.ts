<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv" sourcelanguage="en">
    <context>
        <name>action_plans</name>
        <message>
            <source>This plan already has a follow-up.</source>
            <translation>Planen har redan en uppföljning.</translation>
        </message>
        <message>
            <source>The action plan of {name} has not been followed up.</source>
            <translation>Handlingsplanen för {name} har inte följts upp.</translation>
        </message>
        <message>
            <source>The follow-up no longer exists.</source>
            <translation>Uppföljningen finns inte längre.</translation>
        </message>
    </context>
    <context>
        <name>database</name>
        <message>
            <source>Someone else changed this since you opened it. Your edit was not saved; reload to see the current version.</source>
            <translation>Någon annan har ändrat detta sedan du öppnade det. Din ändring sparades inte; läs in på nytt för att se den aktuella versionen.</translation>
        </message>
    </context>
    <context>
        <name>visits</name>
        <message>
            <source>The visit no longer exists.</source>
            <translation>Besöket finns inte längre.</translation>
        </message>
    </context>
</TS>
