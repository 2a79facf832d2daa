<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv" sourcelanguage="en">
    <context>
        <name>agendas</name>
        <message>
            <source>Time</source>
            <translation>Tid</translation>
        </message>
        <message>
            <source>Duration</source>
            <translation>Längd</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Rubrik</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Typ</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Beskrivning</translation>
        </message>
        <message>
            <source>Presenter</source>
            <translation>Ansvarig</translation>
        </message>
        <message>
            <source>Presenter's title</source>
            <translation>Föredragshållarens titel</translation>
        </message>
        <message>
            <source>Presenter's organisation</source>
            <translation>Föredragshållarens organisation</translation>
        </message>
        <message>
            <source>The item must end by midnight.</source>
            <translation>Punkten måste sluta före midnatt.</translation>
        </message>
        <message>
            <source>The agenda would run past midnight; shorten an item first.</source>
            <translation>Dagordningen skulle gå över midnatt; korta en punkt först.</translation>
        </message>
        <message>
            <source>The agenda item no longer exists.</source>
            <translation>Dagordningspunkten finns inte längre.</translation>
        </message>
        <message>
            <source>An item would start before midnight.</source>
            <translation>En punkt skulle börja före midnatt.</translation>
        </message>
        <message>
            <source>The template no longer exists.</source>
            <translation>Mallen finns inte längre.</translation>
        </message>
        <message>
            <source>min</source>
            <translation>min</translation>
        </message>
        <message>
            <source>The visit already has an agenda; replace it to use a template.</source>
            <translation>Besöket har redan en dagordning; ersätt den för att använda en mall.</translation>
        </message>
        <message>
            <source>A template named {name} already exists.</source>
            <translation>Det finns redan en mall som heter {name}.</translation>
        </message>
        <message>
            <source>The agenda is empty; add items before saving a template.</source>
            <translation>Dagordningen är tom; lägg till punkter innan du sparar en mall.</translation>
        </message>
    </context>
</TS>
