<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv" sourcelanguage="en">
    <context>
        <name>UserForm</name>
        <message>
            <source>&amp;Name</source>
            <translation>&amp;Namn</translation>
        </message>
        <message>
            <source>&amp;Role</source>
            <translation>&amp;Roll</translation>
        </message>
    </context>
    <context>
        <name>UsersDialog</name>
        <message>
            <source>Active</source>
            <translation>Aktiv</translation>
        </message>
        <message>
            <source>Deactivated</source>
            <translation>Inaktiverad</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Namn</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Roll</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Users</source>
            <translation>Användare</translation>
        </message>
        <message>
            <source>The team's people. Who is working is recorded in the action plans' history, saved versions and follow-ups. One who has left is deactivated, not removed: the history still names them. Ctrl+Z undoes a change.</source>
            <translation>Teamets medarbetare. Den som arbetar antecknas i handlingsplanernas historik, sparade versioner och uppföljningar. Den som har slutat inaktiveras i stället för att tas bort: historiken nämner personen fortfarande. Ctrl+Z ångrar en ändring.</translation>
        </message>
        <message>
            <source>&amp;Add…</source>
            <translation>&amp;Lägg till…</translation>
        </message>
        <message>
            <source>&amp;Change…</source>
            <translation>Ä&amp;ndra…</translation>
        </message>
        <message>
            <source>&amp;Deactivate</source>
            <translation>&amp;Inaktivera</translation>
        </message>
        <message>
            <source>&amp;Activate</source>
            <translation>&amp;Aktivera</translation>
        </message>
        <message>
            <source>New user</source>
            <translation>Ny användare</translation>
        </message>
        <message>
            <source>Add user</source>
            <translation>Lägg till användare</translation>
        </message>
        <message>
            <source>Change user</source>
            <translation>Ändra användare</translation>
        </message>
        <message>
            <source>Activate user</source>
            <translation>Aktivera användare</translation>
        </message>
        <message>
            <source>Deactivate user</source>
            <translation>Inaktivera användare</translation>
        </message>
        <message>
            <source>Login on the team server</source>
            <translation>Inloggning på teamservern</translation>
        </message>
    </context>
</TS>
