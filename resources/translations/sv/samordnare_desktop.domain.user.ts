<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv" sourcelanguage="en">
    <context>
        <name>UserRole</name>
        <message>
            <source>Coordinator</source>
            <translation>Samordnare</translation>
        </message>
        <message>
            <source>Investigating secretary</source>
            <translation>Utredningssekreterare</translation>
        </message>
        <message>
            <source>Subject expert</source>
            <translation>Ämnessakkunnig</translation>
        </message>
        <message>
            <source>Communications officer</source>
            <translation>Kommunikatör</translation>
        </message>
    </context>
    <context>
        <name>users</name>
        <message>
            <source>Unknown role: {role}. Choose one of: {roles}.</source>
            <translation>Okänd roll: {role}. Välj en av: {roles}.</translation>
        </message>
        <message>
            <source>Give the user a name.</source>
            <translation>Ge användaren ett namn.</translation>
        </message>
        <message>
            <source>The name is too long: at most {max} characters.</source>
            <translation>Namnet är för långt: högst {max} tecken.</translation>
        </message>
    </context>
</TS>
