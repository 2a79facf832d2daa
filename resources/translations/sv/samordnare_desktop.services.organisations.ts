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
            <source>{name} has the organisation number {number} now; change one of the numbers before restoring this organisation.</source>
            <translation>{name} har organisationsnumret {number} nu; ändra ett av numren innan du återställer den här organisationen.</translation>
        </message>
        <message>
            <source>{name} already has the organisation number {number}.</source>
            <translation>{name} har redan organisationsnumret {number}.</translation>
        </message>
        <message>
            <source>{name} belonged to {parent}, which is deleted; restore {parent} first.</source>
            <translation>{name} hörde till {parent}, som är borttagen; återställ {parent} först.</translation>
        </message>
        <message>
            <source>SiS youth homes belong to SiS ({count}): it stays a state agency named Statens institutionsstyrelse or short-named SiS.</source>
            <translation>Särskilda ungdomshem hör till SiS ({count} st): den förblir en statlig myndighet som heter Statens institutionsstyrelse eller har kortnamnet SiS.</translation>
        </message>
        <message>
            <source>Organisations under {name}: {names}. Move or delete them first.</source>
            <translation>Organisationer under {name}: {names}. Flytta eller ta bort dem först.</translation>
        </message>
        <message>
            <source>An SiS youth home belongs to SiS: choose Statens institutionsstyrelse under Belongs to (add it as a state agency first if it is missing).</source>
            <translation>Ett särskilt ungdomshem hör till SiS: välj Statens institutionsstyrelse under Hör till (lägg först till den som statlig myndighet om den saknas).</translation>
        </message>
        <message>
            <source>There is already an organisation of the kind “{kind}” called {name}; rename one of them before restoring this one.</source>
            <translation>Det finns redan en organisation av typen ”{kind}” som heter {name}; byt namn på en av dem innan du återställer den här.</translation>
        </message>
        <message>
            <source>There is already an organisation of the kind “{kind}” called {name}.</source>
            <translation>Det finns redan en organisation av typen ”{kind}” som heter {name}.</translation>
        </message>
        <message>
            <source>{name} is SiS (Statens institutionsstyrelse) already; another organisation cannot have its name or the short name SiS.</source>
            <translation>{name} är redan SiS (Statens institutionsstyrelse); en annan organisation kan inte ha dess namn eller kortnamnet SiS.</translation>
        </message>
        <message>
            <source>An organisation cannot belong to itself.</source>
            <translation>En organisation kan inte höra till sig själv.</translation>
        </message>
        <message>
            <source>An SiS youth home belongs to SiS (Statens institutionsstyrelse), not to {parent}.</source>
            <translation>Ett särskilt ungdomshem hör till SiS (Statens institutionsstyrelse), inte till {parent}.</translation>
        </message>
        <message>
            <source>{parent} already belongs to this organisation (directly or further up); an organisation cannot belong to one of its own parts.</source>
            <translation>{parent} hör redan till den här organisationen (direkt eller längre upp); en organisation kan inte höra till en av sina egna delar.</translation>
        </message>
        <message>
            <source>Municipalities and regions cannot be deleted.</source>
            <translation>Kommuner och regioner kan inte tas bort.</translation>
        </message>
    </context>
</TS>
