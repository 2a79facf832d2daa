<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv" sourcelanguage="en">
    <context>
        <name>municipalities</name>
        <message>
            <source>The municipality no longer exists.</source>
            <translation>Kommunen finns inte längre.</translation>
        </message>
    </context>
    <context>
        <name>organisations</name>
        <message>
            <source>Municipality with a region's tasks</source>
            <translation>Kommun med regionens uppgifter</translation>
        </message>
        <message>
            <source>Not a valid organisation number (ten digits, NNNNNN-NNNN, with a correct check digit).</source>
            <translation>Inte ett giltigt organisationsnummer (tio siffror, NNNNNN-NNNN, med rätt kontrollsiffra).</translation>
        </message>
        <message>
            <source>Choose what kind of organisation it is.</source>
            <translation>Välj vilken sorts organisation det är.</translation>
        </message>
        <message>
            <source>An organisation needs a name.</source>
            <translation>En organisation behöver ett namn.</translation>
        </message>
        <message>
            <source>The organisation no longer exists.</source>
            <translation>Organisationen finns inte längre.</translation>
        </message>
        <message>
            <source>Municipalities and regions come with the app; choose another kind.</source>
            <translation>Kommuner och regioner följer med appen; välj en annan sort.</translation>
        </message>
        <message>
            <source>{name} already has the organisation number {number}.</source>
            <translation>{name} har redan organisationsnumret {number}.</translation>
        </message>
        <message>
            <source>An organisation cannot belong to itself.</source>
            <translation>En organisation kan inte höra till sig själv.</translation>
        </message>
        <message>
            <source>Municipalities and regions cannot be deleted.</source>
            <translation>Kommuner och regioner kan inte tas bort.</translation>
        </message>
    </context>
</TS>
