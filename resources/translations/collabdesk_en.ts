<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>%Ln+ partner(s)</source>
        <translation>
            <numerusform>%Ln+ partner</numerusform>
            <numerusform>%Ln+ partners</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln partner(s)</source>
        <translation>
            <numerusform>%Ln partner</numerusform>
            <numerusform>%Ln partners</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Demo data loaded: %Ln partner(s).</source>
        <translation>
            <numerusform>Demo data loaded: %Ln partner.</numerusform>
            <numerusform>Demo data loaded: %Ln partners.</numerusform>
        </translation>
    </message>
</context>
</TS>
