<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv" sourcelanguage="en">
    <context>
        <name>OrganisationsTab</name>
        <message>
            <source>Search organisations</source>
            <translation>Sök organisation</translation>
        </message>
        <message>
            <source>Search organisation, number or county…</source>
            <translation>Sök organisation, nummer eller län…</translation>
        </message>
        <message>
            <source>All kinds</source>
            <translation>Alla sorter</translation>
        </message>
        <message>
            <source>Organisations</source>
            <translation>Organisationer</translation>
        </message>
        <message>
            <source>New organisation</source>
            <translation>Ny organisation</translation>
        </message>
        <message>
            <source>Choose a kind…</source>
            <translation>Välj sort…</translation>
        </message>
        <message>
            <source>e.g. SiS, IVO, SKR</source>
            <translation>t.ex. SiS, IVO, SKR</translation>
        </message>
        <message>
            <source>Notes about the organisation…</source>
            <translation>Anteckningar om organisationen…</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Namn</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Spara</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Ta bort</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <source>Delete {name}? Its people and meetings stay. Ctrl+Z undoes.</source>
            <translation>Ta bort {name}? Dess personer och möten finns kvar. Ctrl+Z ångrar.</translation>
        </message>
        <message>
            <source>Delete organisation {name}</source>
            <translation>Ta bort organisationen {name}</translation>
        </message>
        <message>
            <source>Organisation deleted. Ctrl+Z undoes.</source>
            <translation>Organisationen borttagen. Ctrl+Z ångrar.</translation>
        </message>
        <message>
            <source>People ({count})</source>
            <translation>Personer ({count})</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Titel</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Enhet</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-post</translation>
        </message>
        <message>
            <source>People of the organisation</source>
            <translation>Organisationens personer</translation>
        </message>
        <message>
            <source>People</source>
            <translation>Personer</translation>
        </message>
        <message>
            <source>Meetings</source>
            <translation>Möten</translation>
        </message>
        <message>
            <source>None</source>
            <translation>Ingen</translation>
        </message>
        <message>
            <source>Organisation saved.</source>
            <translation>Organisationen sparad.</translation>
        </message>
        <message>
            <source>Delete organisation</source>
            <translation>Ta bort organisation</translation>
        </message>
        <message>
            <source>Showing {shown} of {total} organisations</source>
            <translation>Visar {shown} av {total} organisationer</translation>
        </message>
        <message>
            <source>{kind}: comes with the app</source>
            <translation>{kind}: följer med appen</translation>
        </message>
    </context>
</TS>
