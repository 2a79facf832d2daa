<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv" sourcelanguage="en">
    <context>
        <name>users</name>
        <message>
            <source>{name} is deactivated and cannot be chosen.</source>
            <translation>{name} är inaktiverad och kan inte väljas.</translation>
        </message>
        <message>
            <source>No user named {name}. Nothing was changed. Add one with 'users add', or see 'users list'.</source>
            <translation>Det finns ingen användare som heter {name}. Inget ändrades. Lägg till en med 'users add', eller se 'users list'.</translation>
        </message>
        <message>
            <source>{name} is deactivated and cannot be used. Nothing was changed.</source>
            <translation>{name} är inaktiverad och kan inte användas. Inget ändrades.</translation>
        </message>
        <message>
            <source>The user no longer exists.</source>
            <translation>Användaren finns inte längre.</translation>
        </message>
        <message>
            <source>There is already a user named {name}.</source>
            <translation>Det finns redan en användare som heter {name}.</translation>
        </message>
    </context>
</TS>
