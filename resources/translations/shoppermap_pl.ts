<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl_PL" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../shoppermap/ui/dialogs/about.py" line="187"/>
        <source>About ShopperMap</source>
        <translation>O programie ShopperMap</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/dialogs/about.py" line="194"/>
        <source>&lt;b&gt;ShopperMap {0}&lt;/b&gt;</source>
        <translation>&lt;b&gt;ShopperMap {0}&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/dialogs/about.py" line="199"/>
        <source>Shopper-journey workshops for trade-marketing and sales teams: map the journey from leaflet to review, mark POS opportunities and competitor gaps, and take an action plan in Excel to the retail buyer. Works offline: nothing leaves this computer.</source>
        <translation>Warsztaty ścieżki zakupowej dla zespołów trade marketingu i sprzedaży: zmapuj ścieżkę od gazetki do opinii, zaznacz szanse POS i luki wobec konkurencji, a z planem działań w Excelu idź do kupca sieci. Działa offline: nic nie opuszcza tego komputera.</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/dialogs/about.py" line="213"/>
        <source>Libraries included in ShopperMap and their licences:</source>
        <translation>Biblioteki zawarte w ShopperMap i ich licencje:</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/dialogs/about.py" line="218"/>
        <source>Qt and PySide6 are used under the GNU LGPL version 3: they are separate files in the app&apos;s folder and may be replaced with other builds of the same version.</source>
        <translation>Qt i PySide6 są używane na licencji GNU LGPL w wersji 3: to osobne pliki w folderze aplikacji, które można zastąpić innymi kompilacjami tej samej wersji.</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/dialogs/about.py" line="230"/>
        <source>&amp;Copy Details</source>
        <translation>&amp;Kopiuj szczegóły</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/dialogs/about.py" line="232"/>
        <source>Copy the version, libraries and log file path, for support</source>
        <translation>Skopiuj wersję, listę bibliotek i ścieżkę pliku dziennika dla pomocy technicznej</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/dialogs/about.py" line="235"/>
        <source>Show &amp;Licence</source>
        <translation>Pokaż &amp;licencję</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/dialogs/about.py" line="237"/>
        <source>The full licence text of the library selected above</source>
        <translation>Pełny tekst licencji biblioteki zaznaczonej powyżej</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/dialogs/about.py" line="262"/>
        <source>Library</source>
        <translation>Biblioteka</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/dialogs/about.py" line="262"/>
        <source>Version</source>
        <translation>Wersja</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/dialogs/about.py" line="262"/>
        <source>Licence</source>
        <translation>Licencja</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/dialogs/about.py" line="280"/>
        <source>Log file: {0}</source>
        <translation>Plik dziennika: {0}</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/dialogs/about.py" line="281"/>
        <source>Log file: {0} (not written yet: nothing has gone wrong)</source>
        <translation>Plik dziennika: {0} (jeszcze pusty: nic nie poszło źle)</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/dialogs/about.py" line="302"/>
        <source>The licence text of {0} is not included in this copy; its licence is {1}.</source>
        <translation>Tekst licencji {0} nie jest dołączony do tej kopii; jej licencja to {1}.</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/dialogs/about.py" line="313"/>
        <source>Copied</source>
        <translation>Skopiowano</translation>
    </message>
</context>
<context>
    <name>ActionNumbers</name>
    <message>
        <location filename="../../shoppermap/ui/inspector/action_numbers.py" line="127"/>
        <source>Pick or type a brand</source>
        <translation>Wybierz lub wpisz markę</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/inspector/action_numbers.py" line="129"/>
        <source>e.g. 2+1, tasting</source>
        <translation>np. 2+1, degustacja</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/inspector/action_numbers.py" line="140"/>
        <source>not estimated</source>
        <translation>nie oszacowano</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/inspector/action_numbers.py" line="308"/>
        <source>Worked out from the quantities: stores × units per store × unit cost + fixed cost</source>
        <translation>Wyliczony z ilości: sklepy × sztuki na sklep × koszt sztuki + koszt stały</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/inspector/action_numbers.py" line="150"/>
        <source>Scenarios</source>
        <translation>Scenariusze</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/inspector/action_numbers.py" line="162"/>
        <source>Brand</source>
        <translation>Marka</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/inspector/action_numbers.py" line="163"/>
        <source>Mechanic</source>
        <translation>Mechanika</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/inspector/action_numbers.py" line="168"/>
        <location filename="../../shoppermap/ui/inspector/action_numbers.py" line="174"/>
        <source>Cost</source>
        <translation>Koszt</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/inspector/action_numbers.py" line="169"/>
        <source>Stores</source>
        <translation>Sklepy</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/inspector/action_numbers.py" line="170"/>
        <source>Units per store</source>
        <translation>Sztuk na sklep</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/inspector/action_numbers.py" line="171"/>
        <source>Total units</source>
        <translation>Razem sztuk</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/inspector/action_numbers.py" line="172"/>
        <source>Unit cost</source>
        <translation>Koszt sztuki</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/inspector/action_numbers.py" line="173"/>
        <source>Fixed cost</source>
        <translation>Koszt stały</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/inspector/action_numbers.py" line="176"/>
        <source>Kind of cost</source>
        <translation>Rodzaj kosztu</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/inspector/action_numbers.py" line="178"/>
        <source>Expected effect</source>
        <translation>Oczekiwany efekt</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/inspector/action_numbers.py" line="179"/>
        <source>Baseline sales</source>
        <translation>Sprzedaż bazowa</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/inspector/action_numbers.py" line="180"/>
        <source>Uplift</source>
        <translation>Wzrost</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/inspector/action_numbers.py" line="181"/>
        <source>Gross margin</source>
        <translation>Marża brutto</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/inspector/action_numbers.py" line="185"/>
        <source>Sales in the action&apos;s period without the action</source>
        <translation>Sprzedaż w okresie działania, gdyby go nie było</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/inspector/action_numbers.py" line="186"/>
        <source>Expected growth of those sales, in percent</source>
        <translation>Oczekiwany wzrost tej sprzedaży, w procentach</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/inspector/action_numbers.py" line="187"/>
        <source>Gross margin on the extra sales, in percent</source>
        <translation>Marża brutto na dodatkowej sprzedaży, w procentach</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/inspector/action_numbers.py" line="188"/>
        <source>Design, installation, retailer fee</source>
        <translation>Projekt, montaż, opłata dla sieci</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/inspector/action_numbers.py" line="215"/>
        <source>Incremental sales</source>
        <translation>Sprzedaż przyrostowa</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/inspector/action_numbers.py" line="216"/>
        <source>Incremental margin</source>
        <translation>Marża przyrostowa</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/inspector/action_numbers.py" line="217"/>
        <source>ROI</source>
        <translation>ROI</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/inspector/action_numbers.py" line="226"/>
        <source>(Incremental margin − cost) ÷ cost; empty when the cost is 0 or a figure is missing</source>
        <translation>(Marża przyrostowa − koszt) ÷ koszt; puste, gdy koszt wynosi 0 lub brakuje którejś liczby</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/inspector/action_numbers.py" line="305"/>
        <source>complete the quantities</source>
        <translation>uzupełnij ilości</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/inspector/action_numbers.py" line="330"/>
        <location filename="../../shoppermap/ui/inspector/action_numbers.py" line="386"/>
        <source>none</source>
        <translation>brak</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/inspector/action_numbers.py" line="343"/>
        <source>Set mechanic of {target} to {value}</source>
        <translation>Ustaw mechanikę szansy {target}: {value}</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/inspector/action_numbers.py" line="344"/>
        <source>Set stores of {target} to {value}</source>
        <translation>Ustaw liczbę sklepów szansy {target}: {value}</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/inspector/action_numbers.py" line="345"/>
        <source>Set units per store of {target} to {value}</source>
        <translation>Ustaw liczbę sztuk na sklep szansy {target}: {value}</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/inspector/action_numbers.py" line="346"/>
        <source>Set unit cost of {target} to {value}</source>
        <translation>Ustaw koszt sztuki szansy {target}: {value}</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/inspector/action_numbers.py" line="347"/>
        <source>Set fixed cost of {target} to {value}</source>
        <translation>Ustaw koszt stały szansy {target}: {value}</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/inspector/action_numbers.py" line="348"/>
        <source>Set cost of {target} to {value}</source>
        <translation>Ustaw koszt szansy {target}: {value}</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/inspector/action_numbers.py" line="349"/>
        <source>Set kind of cost of {target} to {value}</source>
        <translation>Ustaw rodzaj kosztu szansy {target}: {value}</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/inspector/action_numbers.py" line="350"/>
        <source>Set baseline sales of {target} to {value}</source>
        <translation>Ustaw sprzedaż bazową szansy {target}: {value}</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/inspector/action_numbers.py" line="351"/>
        <source>Set uplift of {target} to {value}</source>
        <translation>Ustaw wzrost szansy {target}: {value}</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/inspector/action_numbers.py" line="352"/>
        <source>Set gross margin of {target} to {value}</source>
        <translation>Ustaw marżę brutto szansy {target}: {value}</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/inspector/action_numbers.py" line="387"/>
        <source>Set brand of {target} to {value}</source>
        <translation>Ustaw markę szansy {target}: {value}</translation>
    </message>
</context>
<context>
    <name>BrandsScenarios</name>
    <message>
        <location filename="../../shoppermap/ui/dialogs/brands_scenarios.py" line="44"/>
        <source>&amp;Brands</source>
        <translation>&amp;Marki</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/dialogs/brands_scenarios.py" line="45"/>
        <source>&amp;Add Brand</source>
        <translation>&amp;Dodaj markę</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/dialogs/brands_scenarios.py" line="46"/>
        <source>New brand</source>
        <translation>Nowa marka</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/dialogs/brands_scenarios.py" line="47"/>
        <source>Add brand</source>
        <translation>Dodaj markę</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/dialogs/brands_scenarios.py" line="48"/>
        <source>Rename brand {name}</source>
        <translation>Zmień nazwę marki {name}</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/dialogs/brands_scenarios.py" line="49"/>
        <source>Move brand {name}</source>
        <translation>Przesuń markę {name}</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/dialogs/brands_scenarios.py" line="50"/>
        <source>Remove brand {name}</source>
        <translation>Usuń markę {name}</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/dialogs/brands_scenarios.py" line="51"/>
        <source>A brand needs a name.</source>
        <translation>Marka musi mieć nazwę.</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/dialogs/brands_scenarios.py" line="52"/>
        <source>There is already a brand named {name}.</source>
        <translation>Marka o nazwie {name} już istnieje.</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/dialogs/brands_scenarios.py" line="53"/>
        <source>{count} action(s) promote brand {name}. Remove it, leaving their brand empty?</source>
        <translation>Marka {name} jest wskazana w działaniach (liczba działań: {count}). Usunąć ją i zostawić w nich pustą markę?</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/dialogs/brands_scenarios.py" line="57"/>
        <source>The producer&apos;s brands an action can promote.</source>
        <translation>Marki producenta, które działania mogą promować.</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/dialogs/brands_scenarios.py" line="60"/>
        <source>&amp;Scenarios</source>
        <translation>&amp;Scenariusze</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/dialogs/brands_scenarios.py" line="61"/>
        <source>&amp;Add Scenario</source>
        <translation>&amp;Dodaj scenariusz</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/dialogs/brands_scenarios.py" line="62"/>
        <source>New scenario</source>
        <translation>Nowy scenariusz</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/dialogs/brands_scenarios.py" line="63"/>
        <source>Add scenario</source>
        <translation>Dodaj scenariusz</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/dialogs/brands_scenarios.py" line="64"/>
        <source>Rename scenario {name}</source>
        <translation>Zmień nazwę scenariusza {name}</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/dialogs/brands_scenarios.py" line="65"/>
        <source>Move scenario {name}</source>
        <translation>Przesuń scenariusz {name}</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/dialogs/brands_scenarios.py" line="66"/>
        <source>Remove scenario {name}</source>
        <translation>Usuń scenariusz {name}</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/dialogs/brands_scenarios.py" line="67"/>
        <source>A scenario needs a name.</source>
        <translation>Scenariusz musi mieć nazwę.</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/dialogs/brands_scenarios.py" line="68"/>
        <source>There is already a scenario named {name}.</source>
        <translation>Scenariusz o nazwie {name} już istnieje.</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/dialogs/brands_scenarios.py" line="69"/>
        <source>{count} action(s) belong to scenario {name}. Take it out of them and remove it?</source>
        <translation>Do scenariusza {name} należą działania (liczba działań: {count}). Wyłączyć je z niego i usunąć scenariusz?</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/dialogs/brands_scenarios.py" line="73"/>
        <source>Named versions of the plan; an action in no scenario is in every one.</source>
        <translation>Nazwane wersje planu; działanie bez scenariusza należy do każdego z nich.</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/dialogs/brands_scenarios.py" line="380"/>
        <source>&amp;Brands and Scenarios…</source>
        <translation>&amp;Marki i scenariusze…</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/dialogs/brands_scenarios.py" line="382"/>
        <source>The producer&apos;s brands and the named versions of the plan</source>
        <translation>Marki producenta i nazwane wersje planu</translation>
    </message>
</context>
<context>
    <name>BrandsScenariosDialog</name>
    <message>
        <location filename="../../shoppermap/ui/dialogs/brands_scenarios.py" line="302"/>
        <source>Brands and Scenarios</source>
        <translation>Marki i scenariusze</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/dialogs/brands_scenarios.py" line="345"/>
        <source>Remove</source>
        <translation>Usuń</translation>
    </message>
</context>
<context>
    <name>BreakoutActions</name>
    <message>
        <location filename="../../shoppermap/ui/breakout_actions.py" line="63"/>
        <source>&amp;Hand Out Group Copies…</source>
        <translation>Rozd&amp;aj kopie grupom…</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/breakout_actions.py" line="64"/>
        <source>Write a copy of this workshop for each breakout group</source>
        <translation>Zapisz kopię tego warsztatu dla każdej grupy roboczej</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/breakout_actions.py" line="65"/>
        <source>&amp;Merge Group Copy…</source>
        <translation>Sca&amp;l kopię grupy…</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/breakout_actions.py" line="66"/>
        <source>Bring the work of breakout groups back into this workshop</source>
        <translation>Przenieś pracę grup roboczych z powrotem do tego warsztatu</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/breakout_actions.py" line="122"/>
        <source>{group} works on {focus}.</source>
        <translation>{group} pracuje nad: {focus}.</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/breakout_actions.py" line="135"/>
        <source>Hand out group copies</source>
        <translation>Rozdaj kopie grupom</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/breakout_actions.py" line="136"/>
        <source>Names of the groups, separated by commas:</source>
        <translation>Nazwy grup, oddzielone przecinkami:</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/breakout_actions.py" line="137"/>
        <source>Group A, Group B, Group C</source>
        <translation>Grupa A, Grupa B, Grupa C</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/breakout_actions.py" line="144"/>
        <source>Give every group a name, each once, separated by commas.</source>
        <translation>Nadaj każdej grupie nazwę, każdą tylko raz, oddzielając je przecinkami.</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/breakout_actions.py" line="150"/>
        <source>Folder for the group copies</source>
        <translation>Folder na kopie grup</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/breakout_actions.py" line="161"/>
        <source>{0} already exists; choose another folder.</source>
        <translation>{0} już istnieje; wybierz inny folder.</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/breakout_actions.py" line="167"/>
        <source>The group copies could not be written: {0}</source>
        <translation>Nie udało się zapisać kopii grup: {0}</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/breakout_actions.py" line="170"/>
        <source>Wrote a copy for each group into {0}:
{1}</source>
        <translation>Zapisano kopię dla każdej grupy w {0}:
{1}</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/breakout_actions.py" line="183"/>
        <source>Merge group copies</source>
        <translation>Scal kopie grup</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/breakout_actions.py" line="185"/>
        <source>ShopperMap workshops (*{0})</source>
        <translation>Warsztaty ShopperMap (*{0})</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/breakout_actions.py" line="212"/>
        <source>{0} cannot be read; it may be damaged.</source>
        <translation>Nie można odczytać pliku {0}; może być uszkodzony.</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/breakout_actions.py" line="215"/>
        <source>{0} is not a group copy: it was never handed out.</source>
        <translation>{0} nie jest kopią grupy: nigdy nie został rozdany.</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/breakout_actions.py" line="220"/>
        <source>{0} was not handed out from this workshop.</source>
        <translation>{0} nie został rozdany z tego warsztatu.</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/breakout_actions.py" line="231"/>
        <source>Merge {0}</source>
        <translation>Scalenie: {0}</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/breakout_actions.py" line="239"/>
        <source>Added: {0}</source>
        <translation>Dodano: {0}</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/breakout_actions.py" line="240"/>
        <source>Changed: {0}</source>
        <translation>Zmieniono: {0}</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/breakout_actions.py" line="241"/>
        <source>Moved: {0}</source>
        <translation>Przeniesiono: {0}</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/breakout_actions.py" line="242"/>
        <source>Removed: {0}</source>
        <translation>Usunięto: {0}</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/breakout_actions.py" line="243"/>
        <source>Conflicts: {0}</source>
        <translation>Konflikty: {0}</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/breakout_actions.py" line="245"/>
        <source>Kept or left as it was here: {0}</source>
        <translation>Zachowano lub pozostawiono bez zmian: {0}</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/breakout_actions.py" line="247"/>
        <source>Workshop details</source>
        <translation>Szczegóły warsztatu</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/breakout_actions.py" line="248"/>
        <source>the group&apos;s value</source>
        <translation>wartość grupy</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/breakout_actions.py" line="248"/>
        <source>our value</source>
        <translation>naszą wartość</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/breakout_actions.py" line="250"/>
        <source>Conflict: {0} ({1}): kept {2}</source>
        <translation>Konflikt: {0} ({1}): zachowano {2}</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/breakout_actions.py" line="254"/>
        <source>Merged the copy of {0}.</source>
        <translation>Scalono kopię grupy {0}.</translation>
    </message>
</context>
<context>
    <name>Calendar</name>
    <message>
        <location filename="../../shoppermap/ui/calendar/header.py" line="104"/>
        <source>W{0}</source>
        <translation>tydz. {0}</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/calendar/header.py" line="155"/>
        <source>No action for {0} in this key period.</source>
        <translation>Brak działań dla sieci {0} w tym kluczowym okresie.</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/calendar/header.py" line="156"/>
        <source>No action in this key period.</source>
        <translation>Brak działań w tym kluczowym okresie.</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/calendar/scene.py" line="137"/>
        <source>Undated</source>
        <translation>Bez dat</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/calendar/scene.py" line="195"/>
        <source>Sales period: {0}</source>
        <translation>Okres sprzedażowy: {0}</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/calendar/scene.py" line="202"/>
        <source>⚠ The same POS tool at this touchpoint and retailer overlaps in time.</source>
        <translation>⚠ To samo narzędzie POS w tym punkcie styku i w tej sieci nakłada się w czasie.</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/calendar/scene.py" line="216"/>
        <source>(no retailer)</source>
        <translation>(bez sieci)</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/calendar/scene.py" line="217"/>
        <source>(no owner)</source>
        <translation>(bez odpowiedzialnego)</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/calendar/scene.py" line="218"/>
        <source>(no POS tool)</source>
        <translation>(bez narzędzia POS)</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/calendar/view.py" line="230"/>
        <source>Give {0} dates</source>
        <translation>Nadaj daty: {0}</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/calendar/view.py" line="234"/>
        <source>Change the start of {0}</source>
        <translation>Zmień początek: {0}</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/calendar/view.py" line="237"/>
        <source>Change the end of {0}</source>
        <translation>Zmień koniec: {0}</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/calendar/view.py" line="238"/>
        <location filename="../../shoppermap/ui/calendar/view.py" line="274"/>
        <source>Move {0} in time</source>
        <translation>Przesuń w czasie: {0}</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/calendar/view.py" line="243"/>
        <source>Put {0} in {1}</source>
        <translation>Przypisz {0} do okresu {1}</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/calendar/view.py" line="276"/>
        <source>Move {0} actions in time</source>
        <translation>Przesuń w czasie działania ({0})</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/calendar/dock.py" line="270"/>
        <location filename="../../shoppermap/ui/calendar/picture.py" line="83"/>
        <source>Activation calendar</source>
        <translation>Kalendarz aktywacji</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/calendar/picture.py" line="92"/>
        <source>scenario: {0}</source>
        <translation>scenariusz: {0}</translation>
    </message>
</context>
<context>
    <name>CalendarWidget</name>
    <message>
        <location filename="../../shoppermap/ui/calendar/dock.py" line="57"/>
        <source>By retailer</source>
        <translation>Według sieci</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/calendar/dock.py" line="58"/>
        <source>By stage</source>
        <translation>Według etapu</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/calendar/dock.py" line="59"/>
        <source>By POS tool</source>
        <translation>Według narzędzia POS</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/calendar/dock.py" line="60"/>
        <source>By owner</source>
        <translation>Według odpowiedzialnych</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/calendar/dock.py" line="70"/>
        <source>Rows:</source>
        <translation>Wiersze:</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/calendar/dock.py" line="73"/>
        <source>From:</source>
        <translation>Od:</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/calendar/dock.py" line="75"/>
        <source>To:</source>
        <translation>Do:</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/calendar/dock.py" line="142"/>
        <source>Calendar</source>
        <translation>Kalendarz</translation>
    </message>
</context>
<context>
    <name>Canvas</name>
    <message>
        <location filename="../../shoppermap/ui/canvas/editing.py" line="43"/>
        <source>Move {0} to {1}</source>
        <translation>Przenieś {0} do {1}</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/canvas/editing.py" line="47"/>
        <source>Move {0} cards to {1}</source>
        <translation>Przenieś karty ({0}) do {1}</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/canvas/editing.py" line="61"/>
        <location filename="../../shoppermap/ui/canvas/editing.py" line="112"/>
        <source>Add {0}</source>
        <translation>Dodaj {0}</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/canvas/editing.py" line="69"/>
        <source>A label cannot be empty.</source>
        <translation>Etykieta nie może być pusta.</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/canvas/editing.py" line="78"/>
        <source>Rename {0} to {1}</source>
        <translation>Zmień nazwę {0} na {1}</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/canvas/editing.py" line="91"/>
        <source>{0} cards</source>
        <translation>karty ({0})</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/canvas/editing.py" line="99"/>
        <source>Delete {0}</source>
        <translation>Usuń {0}</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/canvas/editing.py" line="94"/>
        <source>Hide card</source>
        <translation>Ukryj kartę</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/canvas/editing.py" line="96"/>
        <source>Remove card</source>
        <translation>Usuń kartę</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/canvas/editing.py" line="118"/>
        <source>Show card</source>
        <translation>Pokaż kartę</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/canvas/editing.py" line="120"/>
        <source>Move card</source>
        <translation>Przenieś kartę</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/canvas/editing.py" line="128"/>
        <source>Add card</source>
        <translation>Dodaj kartę</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/canvas/editing.py" line="145"/>
        <source>Duplicate {0} card(s)</source>
        <translation>Powiel karty ({0})</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/canvas/editing.py" line="142"/>
        <source>Duplicate card</source>
        <translation>Powiel kartę</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/canvas/editing.py" line="154"/>
        <source>The clipboard does not hold ShopperMap cards.</source>
        <translation>W schowku nie ma kart ShopperMap.</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/canvas/editing.py" line="169"/>
        <source>Paste {0} card(s)</source>
        <translation>Wklej karty ({0})</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/canvas/editing.py" line="165"/>
        <source>Paste card</source>
        <translation>Wklej kartę</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/canvas/editing.py" line="188"/>
        <source>Move {0}</source>
        <translation>Przenieś {0}</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/canvas/editing.py" line="204"/>
        <source>Add phase {0}</source>
        <translation>Dodaj fazę {0}</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/canvas/editing.py" line="223"/>
        <source>Add stage {0}</source>
        <translation>Dodaj etap {0}</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/canvas/editing.py" line="232"/>
        <source>Remove {0}</source>
        <translation>Usuń {0}</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/canvas/editing.py" line="243"/>
        <source>Recolour {0}</source>
        <translation>Zmień kolor {0}</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/canvas/emotion_lane.py" line="65"/>
        <source>Shopper emotion (average per phase)</source>
        <translation>Emocje shoppera (średnia w fazie)</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/canvas/actions.py" line="76"/>
        <source>{0} — {1} brings it back.</source>
        <translation>{0} — {1} przywraca.</translation>
    </message>
</context>
<context>
    <name>Card</name>
    <message>
        <location filename="../../shoppermap/ui/canvas/items.py" line="275"/>
        <source>works well</source>
        <translation>działa dobrze</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/canvas/items.py" line="276"/>
        <source>needs improvement</source>
        <translation>do poprawy</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/canvas/items.py" line="277"/>
        <source>critical</source>
        <translation>krytyczny</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/canvas/items.py" line="281"/>
        <source>Status: {0}</source>
        <translation>Status: {0}</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/canvas/items.py" line="284"/>
        <source>Emotion: {0:+d}</source>
        <translation>Emocje: {0:+d}</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/canvas/items.py" line="286"/>
        <location filename="../../shoppermap/ui/matrix/items.py" line="227"/>
        <location filename="../../shoppermap/ui/matrix/items.py" line="261"/>
        <source>Moment of truth</source>
        <translation>Moment prawdy</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/canvas/items.py" line="288"/>
        <location filename="../../shoppermap/ui/matrix/items.py" line="228"/>
        <location filename="../../shoppermap/ui/matrix/items.py" line="263"/>
        <source>Quick win</source>
        <translation>Szybka wygrana</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/canvas/items.py" line="290"/>
        <source>Owner: {0}</source>
        <translation>Odpowiedzialny: {0}</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/canvas/items.py" line="293"/>
        <source>{0} POS opportunities</source>
        <translation>Szanse POS: {0}</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/canvas/items.py" line="296"/>
        <source>{0} competitor gaps</source>
        <translation>Luki wobec konkurencji: {0}</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/canvas/items.py" line="299"/>
        <location filename="../../shoppermap/ui/matrix/items.py" line="265"/>
        <source>Votes: {0}</source>
        <translation>Głosy: {0}</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/canvas/items.py" line="301"/>
        <source>Custom touchpoint</source>
        <translation>Własny punkt styku</translation>
    </message>
</context>
<context>
    <name>CardForm</name>
    <message>
        <location filename="../../shoppermap/ui/inspector/card_form.py" line="71"/>
        <source>Name of the touchpoint</source>
        <translation>Nazwa punktu styku</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/inspector/card_form.py" line="74"/>
        <source>Same as the label</source>
        <translation>Tak jak etykieta</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/inspector/card_form.py" line="75"/>
        <source>Not translated: still the name before the last rename.</source>
        <translation>Nieprzetłumaczone: to wciąż nazwa sprzed ostatniej zmiany.</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/inspector/card_form.py" line="84"/>
        <source>Person or team</source>
        <translation>Osoba lub zespół</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/inspector/card_form.py" line="87"/>
        <source>Moment of truth</source>
        <translation>Moment prawdy</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/inspector/card_form.py" line="88"/>
        <source>A critical moment that decides the purchase</source>
        <translation>Krytyczna chwila, która przesądza o zakupie</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/inspector/card_form.py" line="89"/>
        <source>Quick win</source>
        <translation>Szybka wygrana</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/inspector/card_form.py" line="90"/>
        <source>Small cost, visible effect</source>
        <translation>Mały koszt, widoczny efekt</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/inspector/card_form.py" line="92"/>
        <source>The room&apos;s dot votes on this touchpoint (+ and − on the map)</source>
        <translation>Głosy uczestników na ten punkt styku (+ i − na mapie)</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/inspector/card_form.py" line="94"/>
        <source>What the shopper expects here</source>
        <translation>Czego shopper tu oczekuje</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/inspector/card_form.py" line="96"/>
        <source>What the shopper actually gets</source>
        <translation>Co shopper faktycznie dostaje</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/inspector/card_form.py" line="102"/>
        <source>Touchpoint</source>
        <translation>Punkt styku</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/inspector/card_form.py" line="104"/>
        <source>Label</source>
        <translation>Etykieta</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/inspector/card_form.py" line="114"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/inspector/card_form.py" line="115"/>
        <source>Emotion</source>
        <translation>Emocje</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/inspector/card_form.py" line="116"/>
        <source>Owner</source>
        <translation>Odpowiedzialny</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/inspector/card_form.py" line="124"/>
        <source>Marks</source>
        <translation>Oznaczenia</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/inspector/card_form.py" line="125"/>
        <source>Votes</source>
        <translation>Głosy</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/inspector/card_form.py" line="126"/>
        <source>Brought by</source>
        <translation>Wniosła grupa</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/inspector/card_form.py" line="128"/>
        <source>Shopper</source>
        <translation>Shopper</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/inspector/card_form.py" line="132"/>
        <source>Expectations</source>
        <translation>Oczekiwania</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/inspector/card_form.py" line="133"/>
        <source>Experience</source>
        <translation>Doświadczenie</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/inspector/card_form.py" line="134"/>
        <source>Notes</source>
        <translation>Notatki</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/inspector/card_form.py" line="178"/>
        <source>In English</source>
        <translation>Po angielsku</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/inspector/card_form.py" line="178"/>
        <source>In Polish</source>
        <translation>Po polsku</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/inspector/card_form.py" line="226"/>
        <source>A card needs a label.</source>
        <translation>Karta musi mieć etykietę.</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/inspector/card_form.py" line="228"/>
        <source>Rename card {card} to {name}</source>
        <translation>Zmień nazwę karty {card} na {name}</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/inspector/card_form.py" line="249"/>
        <source>Translate card {card} as {name}</source>
        <translation>Przetłumacz kartę {card} jako {name}</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/inspector/card_form.py" line="260"/>
        <source>Set status of {card} to {value}</source>
        <translation>Ustaw status karty {card}: {value}</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/inspector/card_form.py" line="271"/>
        <source>Set emotion at {card} to {value}</source>
        <translation>Ustaw emocje przy karcie {card}: {value}</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/inspector/card_form.py" line="283"/>
        <source>Set owner of {card} to {name}</source>
        <translation>Ustaw osobę odpowiedzialną za kartę {card}: {name}</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/inspector/card_form.py" line="287"/>
        <source>Clear owner of {card}</source>
        <translation>Usuń osobę odpowiedzialną za kartę {card}</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/inspector/card_form.py" line="296"/>
        <source>Mark {card} as a moment of truth</source>
        <translation>Oznacz kartę {card} jako moment prawdy</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/inspector/card_form.py" line="298"/>
        <source>Unmark {card} as a moment of truth</source>
        <translation>Usuń oznaczenie momentu prawdy z karty {card}</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/inspector/card_form.py" line="310"/>
        <source>Mark {card} as a quick win</source>
        <translation>Oznacz kartę {card} jako szybką wygraną</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/inspector/card_form.py" line="310"/>
        <source>Unmark {card} as a quick win</source>
        <translation>Usuń oznaczenie szybkiej wygranej z karty {card}</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/inspector/card_form.py" line="328"/>
        <source>Edit expectations at {card}</source>
        <translation>Edytuj oczekiwania przy karcie {card}</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/inspector/card_form.py" line="329"/>
        <source>Edit experience at {card}</source>
        <translation>Edytuj doświadczenie przy karcie {card}</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/inspector/card_form.py" line="330"/>
        <source>Edit notes of {card}</source>
        <translation>Edytuj notatki karty {card}</translation>
    </message>
</context>
<context>
    <name>ChoiceField</name>
    <message>
        <location filename="../../shoppermap/ui/inspector/fields.py" line="314"/>
        <source>— mixed —</source>
        <translation>— różne —</translation>
    </message>
</context>
<context>
    <name>ColumnChooser</name>
    <message>
        <location filename="../../shoppermap/ui/plan/column_chooser.py" line="77"/>
        <source>Show the usual columns</source>
        <translation>Pokaż zwykłe kolumny</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../shoppermap/ui/inspector/fields.py" line="454"/>
        <source>Uncheck when there is no date</source>
        <translation>Odznacz, gdy nie ma daty</translation>
    </message>
</context>
<context>
    <name>Editor</name>
    <message>
        <location filename="../../shoppermap/ui/editor.py" line="202"/>
        <source>the file was moved, renamed, deleted or replaced by another program</source>
        <translation>plik został przeniesiony, przemianowany, usunięty lub zastąpiony przez inny program</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/editor.py" line="204"/>
        <source>another program removed or took over the workshop&apos;s lock, so someone else may be editing it</source>
        <translation>inny program usunął lub przejął blokadę warsztatu, więc ktoś inny może go teraz edytować</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/editor.py" line="209"/>
        <source>the disk is full</source>
        <translation>dysk jest pełny</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/editor.py" line="211"/>
        <source>the file or its folder cannot be written to</source>
        <translation>nie można zapisywać do pliku lub jego folderu</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/editor.py" line="213"/>
        <source>the workshop file cannot be written ({0})</source>
        <translation>nie można zapisać pliku warsztatu ({0})</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/editor.py" line="216"/>
        <source>an unexpected error ({0})</source>
        <translation>nieoczekiwany błąd ({0})</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/editor.py" line="221"/>
        <source>The change was not saved: {0}.</source>
        <translation>Zmiana nie została zapisana: {0}.</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/editor.py" line="228"/>
        <source>use Save a Copy As… to keep them</source>
        <translation>użyj polecenia Zapisz kopię jako…, aby je zachować</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/editor.py" line="230"/>
        <source>free some disk space and press Retry, or use Save a Copy As… to save them elsewhere</source>
        <translation>zwolnij miejsce na dysku i naciśnij Ponów albo użyj polecenia Zapisz kopię jako…, aby zapisać je w innym miejscu</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/editor.py" line="234"/>
        <source>make the folder writable and press Retry, or use Save a Copy As… to save them elsewhere</source>
        <translation>zezwól na zapis w folderze i naciśnij Ponów albo użyj polecenia Zapisz kopię jako…, aby zapisać je w innym miejscu</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/editor.py" line="239"/>
        <source>press Retry, or use Save a Copy As… to save them elsewhere</source>
        <translation>naciśnij Ponów albo użyj polecenia Zapisz kopię jako…, aby zapisać je w innym miejscu</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/editor.py" line="240"/>
        <source>Changes can&apos;t be saved because {0}; they are kept in this window: {1}.</source>
        <translation>Nie można zapisać zmian — {0}; są zachowane w tym oknie: {1}.</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../shoppermap/ui/errors.py" line="184"/>
        <source>Something went wrong, but your work is safe: every change is already saved in the workshop file.</source>
        <translation>Coś poszło nie tak, ale Twoja praca jest bezpieczna: każda zmiana jest już zapisana w pliku warsztatu.</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/errors.py" line="190"/>
        <source>You can carry on working. The details were written to {0}</source>
        <translation>Możesz pracować dalej. Szczegóły zapisano w {0}</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/errors.py" line="212"/>
        <source>The same problem happened again; it is in the log.</source>
        <translation>Ten sam problem wystąpił ponownie; jest zapisany w dzienniku.</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/errors.py" line="232"/>
        <source>Cannot open the workshop: the file is damaged.</source>
        <translation>Nie można otworzyć warsztatu: plik jest uszkodzony.</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/errors.py" line="235"/>
        <source>Recover into a new workshop…</source>
        <translation>Odzyskaj do nowego warsztatu…</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/errors.py" line="240"/>
        <source>Open the latest backup</source>
        <translation>Otwórz najnowszą kopię zapasową</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/errors.py" line="243"/>
        <source>The backup of {0}, restored as a new workshop beside this one</source>
        <translation>Kopia zapasowa z {0}, odtworzona jako nowy warsztat obok tego pliku</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/errors.py" line="256"/>
        <source>Cannot do that.

{0}</source>
        <translation>Nie udało się tego zrobić.

{0}</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/errors.py" line="261"/>
        <source>(recovered)</source>
        <translation>(odzyskany)</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/errors.py" line="264"/>
        <source>Recover into a new workshop</source>
        <translation>Odzyskaj do nowego warsztatu</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/errors.py" line="266"/>
        <source>ShopperMap workshops (*.shoppermap)</source>
        <translation>Warsztaty ShopperMap (*.shoppermap)</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/errors.py" line="273"/>
        <source>Recovered into {0}: {1} cards, {2} opportunities and {3} gaps came back; {4} cards, {5} opportunities and {6} gaps were lost.</source>
        <translation>Odzyskano do {0}: wróciło kart: {1}, szans: {2} i luk: {3}; utracono kart: {4}, szans: {5} i luk: {6}.</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/errors.py" line="287"/>
        <source>Some rows on damaged pages could not be counted.</source>
        <translation>Części wierszy z uszkodzonych stron nie dało się policzyć.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../shoppermap/ui/export_dialog.py" line="114"/>
        <source>Export Action Plan to Excel</source>
        <translation>Eksport planu działań do Excela</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/export_dialog.py" line="118"/>
        <source>(unnamed journey)</source>
        <translation>(ścieżka bez nazwy)</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/export_dialog.py" line="129"/>
        <source>All retailers</source>
        <translation>Wszystkie sieci</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/export_dialog.py" line="140"/>
        <source>All scenarios</source>
        <translation>Wszystkie scenariusze</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/export_dialog.py" line="145"/>
        <source>For the retail buyer</source>
        <translation>Dla kupca sieci</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/export_dialog.py" line="146"/>
        <source>Internal: with margins, ROI, notes and dropped actions</source>
        <translation>Wewnętrzna: z marżami, ROI, notatkami i porzuconymi działaniami</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/export_dialog.py" line="151"/>
        <source>Include the competitor gaps</source>
        <translation>Dołącz luki wobec konkurencji</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/export_dialog.py" line="152"/>
        <source>Include the owners</source>
        <translation>Dołącz osoby odpowiedzialne</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/export_dialog.py" line="174"/>
        <source>Browse…</source>
        <translation>Przeglądaj…</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/export_dialog.py" line="181"/>
        <source>Journeys:</source>
        <translation>Ścieżki:</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/export_dialog.py" line="182"/>
        <source>Retailer:</source>
        <translation>Sieć:</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/export_dialog.py" line="184"/>
        <source>Scenario:</source>
        <translation>Scenariusz:</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/export_dialog.py" line="187"/>
        <source>Language:</source>
        <translation>Język:</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/export_dialog.py" line="188"/>
        <source>Version:</source>
        <translation>Wersja:</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/export_dialog.py" line="189"/>
        <source>Save to:</source>
        <translation>Zapisz w:</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/export_dialog.py" line="193"/>
        <source>Export</source>
        <translation>Eksportuj</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/export_dialog.py" line="238"/>
        <source>Keep this file in the company: it shows what the buyer must not see.</source>
        <translation>Zachowaj ten plik w firmie: pokazuje to, czego kupiec nie powinien widzieć.</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/export_dialog.py" line="241"/>
        <source>Leaves out margins, baseline sales, ROI, internal notes and dropped actions.</source>
        <translation>Bez marż, sprzedaży bazowej, ROI, notatek wewnętrznych i porzuconych działań.</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/export_dialog.py" line="265"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Skoroszyt Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/export_dialog.py" line="265"/>
        <source>Export action plan</source>
        <translation>Eksport planu działań</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/export_dialog.py" line="278"/>
        <source>{0} already exists in {1}.
Replace it with the new plan?</source>
        <translation>Plik {0} już istnieje w folderze {1}.
Zastąpić go nowym planem?</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/export_dialog.py" line="293"/>
        <source>Tick at least one journey to export.</source>
        <translation>Zaznacz co najmniej jedną ścieżkę do eksportu.</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/export_dialog.py" line="296"/>
        <source>Choose where to save the Excel file.</source>
        <translation>Wybierz, gdzie zapisać plik Excel.</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/export_dialog.py" line="306"/>
        <source>Writing the action plan…</source>
        <translation>Zapisywanie planu działań…</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/export_dialog.py" line="337"/>
        <source>Cannot export: {0}</source>
        <translation>Nie można wyeksportować: {0}</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/export_dialog.py" line="348"/>
        <source>The action plan was saved to {0}</source>
        <translation>Plan działań zapisano w {0}</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/export_dialog.py" line="349"/>
        <source>Open file</source>
        <translation>Otwórz plik</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/export_dialog.py" line="350"/>
        <source>Open folder</source>
        <translation>Otwórz folder</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/export_dialog.py" line="393"/>
        <source>Export Action Plan to &amp;Excel…</source>
        <translation>Eksportuj plan działań do &amp;Excela…</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/export_dialog.py" line="397"/>
        <source>Write the action plan as an Excel workbook for a buyer meeting</source>
        <translation>Zapisz plan działań jako skoroszyt Excel na spotkanie z kupcem</translation>
    </message>
</context>
<context>
    <name>Filter</name>
    <message>
        <location filename="../../shoppermap/ui/filter_bar.py" line="166"/>
        <source>All owners</source>
        <translation>Wszyscy odpowiedzialni</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/filter_bar.py" line="168"/>
        <source>All competitors</source>
        <translation>Wszyscy konkurenci</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/filter_bar.py" line="172"/>
        <source>All POS tools</source>
        <translation>Wszystkie narzędzia POS</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/filter_bar.py" line="178"/>
        <source>All retailers</source>
        <translation>Wszystkie sieci</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/filter_bar.py" line="180"/>
        <source>All places</source>
        <translation>Wszystkie miejsca</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/filter_bar.py" line="183"/>
        <source>All breakout groups</source>
        <translation>Wszystkie grupy robocze</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../shoppermap/ui/filter_bar.py" line="81"/>
        <source>◆ Opportunities</source>
        <translation>◆ Szanse</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/filter_bar.py" line="82"/>
        <source>⚑ Gaps</source>
        <translation>⚑ Luki</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/filter_bar.py" line="83"/>
        <source>Critical</source>
        <translation>Krytyczne</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/filter_bar.py" line="84"/>
        <source>⚡ Quick wins</source>
        <translation>⚡ Szybkie wygrane</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/filter_bar.py" line="85"/>
        <source>★ Moments of truth</source>
        <translation>★ Momenty prawdy</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/filter_bar.py" line="97"/>
        <source>Highlight</source>
        <translation>Wyróżnij</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/filter_bar.py" line="98"/>
        <source>Show only</source>
        <translation>Pokaż tylko</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/filter_bar.py" line="101"/>
        <source>Clear</source>
        <translation>Wyczyść</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/filter_bar.py" line="103"/>
        <source>Close the filter bar</source>
        <translation>Zamknij pasek filtrów</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/filter_bar.py" line="111"/>
        <source>Filter:</source>
        <translation>Filtr:</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/filter_bar.py" line="223"/>
        <source>{0} cards</source>
        <translation>Karty: {0}</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../../shoppermap/ui/find_bar.py" line="56"/>
        <source>Find in labels, notes and annotations</source>
        <translation>Szukaj w etykietach, notatkach i adnotacjach</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/find_bar.py" line="63"/>
        <source>Previous hit</source>
        <translation>Poprzednie trafienie</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/find_bar.py" line="64"/>
        <source>Next hit</source>
        <translation>Następne trafienie</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/find_bar.py" line="65"/>
        <source>Close</source>
        <translation>Zamknij</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/find_bar.py" line="68"/>
        <source>Find:</source>
        <translation>Znajdź:</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/find_bar.py" line="130"/>
        <source>no hits</source>
        <translation>brak trafień</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/find_bar.py" line="132"/>
        <source>{0} hits</source>
        <translation>trafienia: {0}</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/find_bar.py" line="134"/>
        <source>{0} of {1}</source>
        <translation>{0} z {1}</translation>
    </message>
</context>
<context>
    <name>GapEditor</name>
    <message>
        <location filename="../../shoppermap/ui/inspector/gap_editor.py" line="31"/>
        <source>Pick or type a competitor</source>
        <translation>Wybierz lub wpisz konkurenta</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/inspector/gap_editor.py" line="38"/>
        <source>The opportunity on this card that answers the gap</source>
        <translation>Szansa na tej karcie, która odpowiada na lukę</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/inspector/gap_editor.py" line="43"/>
        <source>Competitor</source>
        <translation>Konkurent</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/inspector/gap_editor.py" line="44"/>
        <source>Kind</source>
        <translation>Rodzaj</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/inspector/gap_editor.py" line="45"/>
        <source>Description</source>
        <translation>Opis</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/inspector/gap_editor.py" line="46"/>
        <source>Threat</source>
        <translation>Poziom zagrożenia</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/inspector/gap_editor.py" line="47"/>
        <source>Answered by</source>
        <translation>Odpowiedź</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/inspector/gap_editor.py" line="95"/>
        <source>— none —</source>
        <translation>— brak —</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/inspector/gap_editor.py" line="107"/>
        <source>the gap</source>
        <translation>bez konkurenta</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/inspector/gap_editor.py" line="109"/>
        <source>Set kind of gap {target} to {value}</source>
        <translation>Ustaw rodzaj luki {target}: {value}</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/inspector/gap_editor.py" line="113"/>
        <source>Set threat of {target} to {value}</source>
        <translation>Ustaw poziom zagrożenia luki {target}: {value}</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/inspector/gap_editor.py" line="118"/>
        <source>Clear the answer to {target}</source>
        <translation>Usuń odpowiedź na lukę {target}</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/inspector/gap_editor.py" line="120"/>
        <source>Answer {target} with {answer}</source>
        <translation>Odpowiedź na lukę {target}: {answer}</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/inspector/gap_editor.py" line="121"/>
        <source>Edit description of {target}</source>
        <translation>Edytuj opis luki {target}</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/inspector/gap_editor.py" line="139"/>
        <source>Clear the competitor of a gap</source>
        <translation>Usuń konkurenta z luki</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/inspector/gap_editor.py" line="142"/>
        <source>Set competitor of a gap to {name}</source>
        <translation>Ustaw konkurenta w luce: {name}</translation>
    </message>
</context>
<context>
    <name>GapSection</name>
    <message>
        <location filename="../../shoppermap/ui/inspector/gap_list.py" line="25"/>
        <source>No competitor gaps yet: press Add.</source>
        <translation>Nie ma jeszcze luk wobec konkurencji: kliknij Dodaj.</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/inspector/gap_list.py" line="26"/>
        <source>Select a gap to edit it.</source>
        <translation>Zaznacz lukę, aby ją edytować.</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/inspector/gap_list.py" line="32"/>
        <source>Competitor gaps</source>
        <translation>Luki wobec konkurencji</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/inspector/gap_list.py" line="32"/>
        <source>Competitor gaps ({count})</source>
        <translation>Luki wobec konkurencji ({count})</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/inspector/gap_list.py" line="40"/>
        <source>Threat: {level}</source>
        <translation>Poziom zagrożenia: {level}</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/inspector/gap_list.py" line="52"/>
        <source>gap {name}</source>
        <translation>lukę {name}</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/inspector/gap_list.py" line="54"/>
        <source>a competitor gap</source>
        <translation>lukę wobec konkurencji</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/inspector/gap_list.py" line="60"/>
        <source>Add competitor gap to {card}</source>
        <translation>Dodaj lukę wobec konkurencji do karty {card}</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/inspector/gap_list.py" line="61"/>
        <source>Duplicate {target} on {card}</source>
        <translation>Powiel {target} na karcie {card}</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/inspector/gap_list.py" line="62"/>
        <source>Remove {target} from {card}</source>
        <translation>Usuń {target} z karty {card}</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/inspector/gap_list.py" line="63"/>
        <source>Move {target} up</source>
        <translation>Przesuń {target} w górę</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/inspector/gap_list.py" line="64"/>
        <source>Move {target} down</source>
        <translation>Przesuń {target} w dół</translation>
    </message>
</context>
<context>
    <name>HandoutFocusDialog</name>
    <message>
        <location filename="../../shoppermap/ui/dialogs/handout_focus.py" line="17"/>
        <source>What each group works on</source>
        <translation>Nad czym pracuje każda grupa</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/dialogs/handout_focus.py" line="20"/>
        <source>A group&apos;s copy opens at its stage or journey; it can still edit all of it.</source>
        <translation>Kopia grupy otwiera się na jej etapie lub ścieżce; nadal można w niej edytować całość.</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/dialogs/handout_focus.py" line="29"/>
        <source>The whole workshop</source>
        <translation>Cały warsztat</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <location filename="../../shoppermap/ui/help.py" line="244"/>
        <source>&amp;Help</source>
        <translation>Pomo&amp;c</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/help.py" line="252"/>
        <source>ShopperMap &amp;Guide</source>
        <translation>&amp;Przewodnik ShopperMap</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/help.py" line="256"/>
        <source>How to run a workshop with ShopperMap, from framework to buyer-ready Excel</source>
        <translation>Jak poprowadzić warsztat w ShopperMap – od szablonu do pliku Excel gotowego na spotkanie z kupcem</translation>
    </message>
</context>
<context>
    <name>HelpWindow</name>
    <message>
        <location filename="../../shoppermap/ui/help.py" line="152"/>
        <source>Guide</source>
        <translation>Przewodnik</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/help.py" line="158"/>
        <source>Back</source>
        <translation>Wstecz</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/help.py" line="164"/>
        <source>Forward</source>
        <translation>Dalej</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/help.py" line="170"/>
        <source>Contents</source>
        <translation>Spis treści</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/help.py" line="176"/>
        <source>Close</source>
        <translation>Zamknij</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/help.py" line="205"/>
        <source>ShopperMap Guide</source>
        <translation>Przewodnik ShopperMap</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/help.py" line="211"/>
        <source>Outside the guide: {0}</source>
        <translation>Poza przewodnikiem: {0}</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/help.py" line="215"/>
        <source>This link leads outside the guide and was not opened: ShopperMap works offline.</source>
        <translation>Ten link prowadzi poza przewodnik i nie został otwarty: ShopperMap działa offline.</translation>
    </message>
</context>
<context>
    <name>Inspector</name>
    <message>
        <location filename="../../shoppermap/ui/inspector/choices.py" line="26"/>
        <location filename="../../shoppermap/ui/inspector/choices.py" line="36"/>
        <source>Not assessed</source>
        <translation>Bez oceny</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/inspector/choices.py" line="27"/>
        <source>Works well</source>
        <translation>Działa dobrze</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/inspector/choices.py" line="28"/>
        <source>Needs improvement</source>
        <translation>Do poprawy</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/inspector/choices.py" line="29"/>
        <source>Critical</source>
        <translation>Krytyczny</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/inspector/choices.py" line="37"/>
        <source>−2  very negative</source>
        <translation>−2  bardzo negatywne</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/inspector/choices.py" line="38"/>
        <source>−1  negative</source>
        <translation>−1  negatywne</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/inspector/choices.py" line="39"/>
        <source>0  neutral</source>
        <translation>0  neutralne</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/inspector/choices.py" line="40"/>
        <source>+1  positive</source>
        <translation>+1  pozytywne</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/inspector/choices.py" line="41"/>
        <source>+2  very positive</source>
        <translation>+2  bardzo pozytywne</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/plan/figure_columns.py" line="130"/>
        <location filename="../../shoppermap/ui/vocabulary.py" line="31"/>
        <location filename="../../shoppermap/ui/vocabulary.py" line="41"/>
        <location filename="../../shoppermap/ui/vocabulary.py" line="53"/>
        <location filename="../../shoppermap/ui/vocabulary.py" line="134"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/inspector/choices.py" line="81"/>
        <location filename="../../shoppermap/ui/vocabulary.py" line="32"/>
        <source>High</source>
        <translation>Wysoki</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/inspector/choices.py" line="80"/>
        <location filename="../../shoppermap/ui/vocabulary.py" line="33"/>
        <source>Medium</source>
        <translation>Średni</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/inspector/choices.py" line="79"/>
        <location filename="../../shoppermap/ui/vocabulary.py" line="34"/>
        <source>Low</source>
        <translation>Niski</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/vocabulary.py" line="42"/>
        <source>1 (low)</source>
        <translation>1 (nisko)</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/vocabulary.py" line="46"/>
        <source>5 (high)</source>
        <translation>5 (wysoko)</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/vocabulary.py" line="54"/>
        <source>Share of shelf</source>
        <translation>Udział w półce</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/vocabulary.py" line="55"/>
        <source>Rotation</source>
        <translation>Rotacja</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/vocabulary.py" line="56"/>
        <source>Promo ROI</source>
        <translation>ROI promocji</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/vocabulary.py" line="57"/>
        <source>Sell-out</source>
        <translation>Sell-out</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/vocabulary.py" line="58"/>
        <source>Visibility</source>
        <translation>Widoczność</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/vocabulary.py" line="59"/>
        <source>Other</source>
        <translation>Inny</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/vocabulary.py" line="66"/>
        <source>Idea</source>
        <translation>Pomysł</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/vocabulary.py" line="67"/>
        <source>Planned</source>
        <translation>Zaplanowane</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/vocabulary.py" line="68"/>
        <source>Agreed with buyer</source>
        <translation>Uzgodnione z kupcem</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/vocabulary.py" line="69"/>
        <source>In progress</source>
        <translation>W realizacji</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/vocabulary.py" line="70"/>
        <source>Done</source>
        <translation>Zrealizowane</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/vocabulary.py" line="71"/>
        <source>Dropped</source>
        <translation>Porzucone</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/vocabulary.py" line="84"/>
        <source>The number cannot be negative.</source>
        <translation>Liczba nie może być ujemna.</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/vocabulary.py" line="87"/>
        <source>Thousands or decimals? Type 1500 or 1.50.</source>
        <translation>Tysiące czy część dziesiętna? Wpisz 1500 albo 1,50.</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/vocabulary.py" line="88"/>
        <source>Type a whole number, for example 48.</source>
        <translation>Wpisz liczbę całkowitą, na przykład 48.</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/vocabulary.py" line="89"/>
        <source>A margin is at most 100%.</source>
        <translation>Marża może wynosić najwyżej 100%.</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/vocabulary.py" line="135"/>
        <source>Production</source>
        <translation>Produkcja</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/vocabulary.py" line="136"/>
        <source>Retailer fee</source>
        <translation>Opłata dla sieci</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/vocabulary.py" line="137"/>
        <source>Labour</source>
        <translation>Robocizna</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/vocabulary.py" line="138"/>
        <source>Media</source>
        <translation>Media</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/inspector/choices.py" line="48"/>
        <source>Competitor captures attention</source>
        <translation>Konkurent przyciąga uwagę</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/inspector/choices.py" line="49"/>
        <source>White space: nobody uses it</source>
        <translation>Wolne pole: nikt go nie wykorzystuje</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/inspector/choices.py" line="50"/>
        <source>We are absent, they are present</source>
        <translation>Nas nie ma, konkurent jest</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/inspector/choices.py" line="57"/>
        <source>A competitor captures the shopper&apos;s attention at this touchpoint.</source>
        <translation>W tym punkcie styku konkurent przyciąga uwagę shoppera.</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/inspector/choices.py" line="60"/>
        <source>Nobody uses this touchpoint: white space we could take.</source>
        <translation>Nikt nie wykorzystuje tego punktu styku: wolne pole, które możemy zająć.</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/inspector/choices.py" line="63"/>
        <source>We are absent here, but the competitor is present.</source>
        <translation>Nas tu nie ma, a konkurent jest.</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/inspector/choices.py" line="70"/>
        <source>captures attention</source>
        <translation>przyciąga uwagę</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/inspector/choices.py" line="71"/>
        <source>white space</source>
        <translation>wolne pole</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/inspector/choices.py" line="72"/>
        <source>we are absent</source>
        <translation>nas nie ma</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/vocabulary.py" line="83"/>
        <source>Type an amount, for example 1500 or 1500,50.</source>
        <translation>Wpisz kwotę, na przykład 1500 albo 1500,50.</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/vocabulary.py" line="85"/>
        <source>Use at most two decimal places.</source>
        <translation>Użyj najwyżej dwóch miejsc po przecinku.</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/vocabulary.py" line="86"/>
        <source>The amount is too large.</source>
        <translation>Kwota jest za duża.</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/inspector/editing.py" line="76"/>
        <source>Add owner {name}</source>
        <translation>Dodaj osobę odpowiedzialną {name}</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/inspector/editing.py" line="108"/>
        <source>Add competitor {name}</source>
        <translation>Dodaj konkurenta {name}</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/inspector/editing.py" line="129"/>
        <source>Add brand {name}</source>
        <translation>Dodaj markę {name}</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/inspector/editing.py" line="183"/>
        <source>(new opportunity)</source>
        <translation>(nowa szansa)</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/inspector/editing.py" line="190"/>
        <source>the opportunity</source>
        <translation>bez nazwy</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/inspector/inspector.py" line="61"/>
        <source>This workshop is open read-only: save a copy to edit it.</source>
        <translation>Ten warsztat jest otwarty tylko do odczytu: zapisz kopię, aby go edytować.</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/inspector/inspector.py" line="66"/>
        <source>Select a card on the map to see and edit its details.

Select several cards to set their status, owner or marks all at once.</source>
        <translation>Zaznacz kartę na mapie, aby zobaczyć i edytować jej szczegóły.

Zaznacz kilka kart, aby ustawić im naraz status, osobę odpowiedzialną lub oznaczenia.</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/inspector/inspector.py" line="245"/>
        <source>{count} cards selected</source>
        <translation>Zaznaczone karty: {count}</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/inspector/inspector.py" line="249"/>
        <source> and {count} more</source>
        <translation> i jeszcze {count}</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/inspector/action_numbers.py" line="68"/>
        <source>gift with purchase</source>
        <translation>gratis przy zakupie</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/inspector/action_numbers.py" line="69"/>
        <source>multipack price</source>
        <translation>cena za multipak</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/inspector/action_numbers.py" line="70"/>
        <source>tasting</source>
        <translation>degustacja</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/inspector/action_numbers.py" line="71"/>
        <source>loyalty points</source>
        <translation>punkty lojalnościowe</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/inspector/origin.py" line="17"/>
        <source>The breakout group whose copy brought this in a merge</source>
        <translation>Grupa robocza, której kopia wniosła to przy scalaniu</translation>
    </message>
</context>
<context>
    <name>ItemList</name>
    <message>
        <location filename="../../shoppermap/ui/inspector/item_list.py" line="56"/>
        <source>Add</source>
        <translation>Dodaj</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/inspector/item_list.py" line="56"/>
        <source>Add a new entry below the selected one</source>
        <translation>Dodaj nową pozycję pod zaznaczoną</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/inspector/item_list.py" line="57"/>
        <source>Add a copy of the selected entry</source>
        <translation>Dodaj kopię zaznaczonej pozycji</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/inspector/item_list.py" line="57"/>
        <source>Duplicate</source>
        <translation>Powiel</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/inspector/item_list.py" line="58"/>
        <source>Remove</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/inspector/item_list.py" line="58"/>
        <source>Remove the selected entry</source>
        <translation>Usuń zaznaczoną pozycję</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/inspector/item_list.py" line="59"/>
        <source>Move up</source>
        <translation>Przesuń w górę</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/inspector/item_list.py" line="61"/>
        <source>Move down</source>
        <translation>Przesuń w dół</translation>
    </message>
</context>
<context>
    <name>JourneyTabs</name>
    <message>
        <location filename="../../shoppermap/ui/journey_tabs.py" line="44"/>
        <source>Journey</source>
        <translation>Ścieżka</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/journey_tabs.py" line="76"/>
        <source>Move journey {0}</source>
        <translation>Przenieś ścieżkę {0}</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/journey_tabs.py" line="93"/>
        <location filename="../../shoppermap/ui/journey_tabs.py" line="99"/>
        <source>Add journey</source>
        <translation>Dodaj ścieżkę</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/journey_tabs.py" line="93"/>
        <source>Start the new journey from:</source>
        <translation>Zacznij nową ścieżkę od:</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/journey_tabs.py" line="100"/>
        <source>Name of the journey (e.g. a shopper segment):</source>
        <translation>Nazwa ścieżki (np. segment shopperów):</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/journey_tabs.py" line="120"/>
        <source>Add journey {0}</source>
        <translation>Dodaj ścieżkę {0}</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/journey_tabs.py" line="128"/>
        <source>{0} (copy)</source>
        <translation>{0} (kopia)</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/journey_tabs.py" line="134"/>
        <source>Name:</source>
        <translation>Nazwa:</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/journey_tabs.py" line="134"/>
        <source>Rename journey</source>
        <translation>Zmień nazwę ścieżki</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/journey_tabs.py" line="141"/>
        <source>Rename journey to {0}</source>
        <translation>Zmień nazwę ścieżki na {0}</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/journey_tabs.py" line="151"/>
        <source>A workshop keeps at least one journey.</source>
        <translation>Warsztat musi mieć co najmniej jedną ścieżkę.</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/journey_tabs.py" line="151"/>
        <source>Delete journey</source>
        <translation>Usuń ścieżkę</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/journey_tabs.py" line="156"/>
        <source>Delete journey {0}</source>
        <translation>Usuń ścieżkę {0}</translation>
    </message>
</context>
<context>
    <name>Legend</name>
    <message>
        <location filename="../../shoppermap/ui/legend.py" line="38"/>
        <location filename="../../shoppermap/ui/picture_legend.py" line="40"/>
        <source>Works well</source>
        <translation>Działa dobrze</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/legend.py" line="39"/>
        <location filename="../../shoppermap/ui/picture_legend.py" line="41"/>
        <source>Needs improvement</source>
        <translation>Do poprawy</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/legend.py" line="40"/>
        <location filename="../../shoppermap/ui/picture_legend.py" line="42"/>
        <source>Critical</source>
        <translation>Krytyczny</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/legend.py" line="41"/>
        <location filename="../../shoppermap/ui/picture_legend.py" line="43"/>
        <source>Not assessed</source>
        <translation>Bez oceny</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/legend.py" line="28"/>
        <source>Marks</source>
        <translation>Oznaczenia</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/legend.py" line="27"/>
        <source>Status (the card&apos;s colour)</source>
        <translation>Status (kolor karty)</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/legend.py" line="29"/>
        <location filename="../../shoppermap/ui/picture_legend.py" line="46"/>
        <source>Moment of truth</source>
        <translation>Moment prawdy</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/legend.py" line="30"/>
        <location filename="../../shoppermap/ui/picture_legend.py" line="47"/>
        <source>Quick win</source>
        <translation>Szybka wygrana</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/legend.py" line="31"/>
        <location filename="../../shoppermap/ui/picture_legend.py" line="48"/>
        <source>POS opportunities</source>
        <translation>Szanse POS</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/legend.py" line="32"/>
        <location filename="../../shoppermap/ui/picture_legend.py" line="49"/>
        <source>Competitor gaps</source>
        <translation>Luki wobec konkurencji</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/legend.py" line="33"/>
        <location filename="../../shoppermap/ui/picture_legend.py" line="51"/>
        <source>Owner initials</source>
        <translation>Inicjały osoby odpowiedzialnej</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/legend.py" line="34"/>
        <source>Where it happens (dot)</source>
        <translation>Gdzie to się dzieje (kropka)</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/picture_legend.py" line="50"/>
        <source>Dot votes</source>
        <translation>Głosy uczestników</translation>
    </message>
</context>
<context>
    <name>LicenceDialog</name>
    <message>
        <location filename="../../shoppermap/ui/dialogs/about.py" line="168"/>
        <source>Licence of {0}</source>
        <translation>Licencja: {0}</translation>
    </message>
</context>
<context>
    <name>Location</name>
    <message>
        <location filename="../../shoppermap/ui/filter_bar.py" line="247"/>
        <source>At home</source>
        <translation>W domu</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/filter_bar.py" line="248"/>
        <source>On the way</source>
        <translation>W drodze</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/filter_bar.py" line="249"/>
        <source>Store entrance</source>
        <translation>Wejście do sklepu</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/filter_bar.py" line="250"/>
        <source>In the aisle</source>
        <translation>W alejce</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/filter_bar.py" line="251"/>
        <source>At the checkout</source>
        <translation>Przy kasie</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/filter_bar.py" line="252"/>
        <source>After the visit</source>
        <translation>Po wizycie</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/filter_bar.py" line="253"/>
        <source>Online</source>
        <translation>Online</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../shoppermap/ui/actions.py" line="42"/>
        <source>&amp;New Workshop…</source>
        <translation>&amp;Nowy warsztat…</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/actions.py" line="44"/>
        <source>Start a workshop from a framework</source>
        <translation>Rozpocznij warsztat od szablonu</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/actions.py" line="46"/>
        <source>&amp;Open…</source>
        <translation>&amp;Otwórz…</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/actions.py" line="48"/>
        <source>Save a &amp;Copy As…</source>
        <translation>Zapisz kop&amp;ię jako…</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/actions.py" line="50"/>
        <source>Write a complete copy of this workshop</source>
        <translation>Zapisz pełną kopię tego warsztatu</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/actions.py" line="53"/>
        <source>Workshop &amp;Details…</source>
        <translation>Szczegóły &amp;warsztatu…</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/actions.py" line="54"/>
        <source>Client, retailer, category, channel, date, facilitator, participants, currency</source>
        <translation>Klient, sieć, kategoria, kanał, data, prowadzący, uczestnicy, waluta</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/actions.py" line="59"/>
        <source>Export Workshop &amp;JSON…</source>
        <translation>Eksportuj warsztat do &amp;JSON…</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/actions.py" line="60"/>
        <source>Save Journey as &amp;Framework…</source>
        <translation>Zapisz ścieżkę jako &amp;szablon…</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/actions.py" line="61"/>
        <source>&amp;Close</source>
        <translation>&amp;Zamknij</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/actions.py" line="62"/>
        <source>&amp;Quit</source>
        <translation>Za&amp;kończ</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/actions.py" line="63"/>
        <location filename="../../shoppermap/ui/main_window.py" line="151"/>
        <source>&amp;Undo</source>
        <translation>&amp;Cofnij</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/actions.py" line="65"/>
        <location filename="../../shoppermap/ui/main_window.py" line="154"/>
        <source>&amp;Redo</source>
        <translation>&amp;Ponów</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/actions.py" line="67"/>
        <source>Undo &amp;History</source>
        <translation>&amp;Historia zmian</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/actions.py" line="68"/>
        <source>Cu&amp;t Cards</source>
        <translation>Wy&amp;tnij karty</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/actions.py" line="69"/>
        <source>&amp;Copy Cards</source>
        <translation>&amp;Kopiuj karty</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/actions.py" line="70"/>
        <source>&amp;Paste Cards</source>
        <translation>Wkl&amp;ej karty</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/actions.py" line="71"/>
        <source>&amp;Delete</source>
        <translation>&amp;Usuń</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/actions.py" line="72"/>
        <source>D&amp;uplicate</source>
        <translation>Powie&amp;l</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/actions.py" line="73"/>
        <source>Select &amp;All</source>
        <translation>Zaznacz wszystk&amp;o</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/actions.py" line="76"/>
        <source>Add a &amp;Vote</source>
        <translation>Dodaj &amp;głos</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/actions.py" line="78"/>
        <source>One more dot vote on the selected cards</source>
        <translation>Jeden głos więcej na zaznaczonych kartach</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/actions.py" line="81"/>
        <source>Remove a V&amp;ote</source>
        <translation>Ode&amp;jmij głos</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/actions.py" line="83"/>
        <source>One dot vote less on the selected cards</source>
        <translation>Jeden głos mniej na zaznaczonych kartach</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/actions.py" line="85"/>
        <source>&amp;Find…</source>
        <translation>&amp;Znajdź…</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/actions.py" line="86"/>
        <source>Find &amp;Next</source>
        <translation>Znajdź &amp;następny</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/actions.py" line="87"/>
        <source>Find Pre&amp;vious</source>
        <translation>Znajdź poprze&amp;dni</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/actions.py" line="88"/>
        <source>Add Custom &amp;Card</source>
        <translation>Dodaj &amp;własną kartę</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/actions.py" line="89"/>
        <source>Zoom &amp;In</source>
        <translation>Po&amp;większ</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/actions.py" line="90"/>
        <source>Zoom &amp;Out</source>
        <translation>Po&amp;mniejsz</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/actions.py" line="91"/>
        <source>Actual &amp;Size</source>
        <translation>&amp;Rzeczywisty rozmiar</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/actions.py" line="92"/>
        <source>&amp;Fit to Window</source>
        <translation>&amp;Dopasuj do okna</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/actions.py" line="94"/>
        <source>&amp;Presentation Mode</source>
        <translation>Tryb &amp;prezentacji</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/actions.py" line="98"/>
        <source>&amp;High Contrast</source>
        <translation>Wysoki &amp;kontrast</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/actions.py" line="100"/>
        <source>Fi&amp;lter Bar</source>
        <translation>Pasek &amp;filtrów</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/actions.py" line="102"/>
        <source>&amp;Emotion Curve</source>
        <translation>Krzywa &amp;emocji</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/actions.py" line="104"/>
        <source>&amp;Reset Window Layout</source>
        <translation>Przywróć &amp;układ okna</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/actions.py" line="105"/>
        <source>&amp;Add Journey…</source>
        <translation>&amp;Dodaj ścieżkę…</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/actions.py" line="106"/>
        <source>D&amp;uplicate Journey</source>
        <translation>&amp;Powiel ścieżkę</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/actions.py" line="107"/>
        <source>&amp;Rename Journey…</source>
        <translation>Zmień &amp;nazwę ścieżki…</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/actions.py" line="108"/>
        <source>&amp;Delete Journey</source>
        <translation>&amp;Usuń ścieżkę</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/actions.py" line="109"/>
        <source>Add &amp;Stage</source>
        <translation>Dodaj &amp;etap</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/actions.py" line="110"/>
        <source>Add &amp;Phase</source>
        <translation>Dodaj &amp;fazę</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/actions.py" line="111"/>
        <source>Remove Selected Stage or Phase</source>
        <translation>Usuń zaznaczony etap lub fazę</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/actions.py" line="113"/>
        <source>Sales &amp;Periods…</source>
        <translation>&amp;Okresy sprzedaży…</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/actions.py" line="114"/>
        <source>The workshop&apos;s key sales periods, with Polish presets</source>
        <translation>Kluczowe okresy sprzedaży warsztatu, z polskimi okresami do wstawienia</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/actions.py" line="118"/>
        <source>&amp;About ShopperMap</source>
        <translation>&amp;O programie ShopperMap</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/actions.py" line="119"/>
        <source>Open &amp;Recent</source>
        <translation>Ostatnio otwie&amp;rane</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/actions.py" line="152"/>
        <source>&amp;File</source>
        <translation>&amp;Plik</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/actions.py" line="161"/>
        <source>&amp;Edit</source>
        <translation>&amp;Edycja</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/actions.py" line="169"/>
        <source>&amp;Journey</source>
        <translation>Ścież&amp;ka</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/actions.py" line="178"/>
        <source>&amp;View</source>
        <translation>&amp;Widok</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/actions.py" line="185"/>
        <source>&amp;Help</source>
        <translation>Pomo&amp;c</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/actions.py" line="189"/>
        <source>Main toolbar</source>
        <translation>Główny pasek narzędzi</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/main_window.py" line="94"/>
        <source>Framework</source>
        <translation>Szablon</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/main_window.py" line="96"/>
        <source>&lt;opened&gt;</source>
        <translation>&lt;po otwarciu&gt;</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/main_window.py" line="97"/>
        <source>Undo history</source>
        <translation>Historia zmian</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/main_window.py" line="151"/>
        <source>&amp;Undo {0}</source>
        <translation>&amp;Cofnij: {0}</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/main_window.py" line="154"/>
        <source>&amp;Redo {0}</source>
        <translation>&amp;Ponów: {0}</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/main_window.py" line="250"/>
        <source>Cannot open the workshop.

{0}</source>
        <translation>Nie można otworzyć warsztatu.

{0}</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/main_window.py" line="276"/>
        <source>Cannot create the workshop.

{0}</source>
        <translation>Nie można utworzyć warsztatu.

{0}</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/main_window.py" line="424"/>
        <source>Untitled workshop</source>
        <translation>Warsztat bez tytułu</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/main_window.py" line="430"/>
        <source>[read-only]</source>
        <translation>[tylko do odczytu]</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/main_window.py" line="463"/>
        <source>Every change is saved in the file again.</source>
        <translation>Wszystkie zmiany są znów zapisane w pliku.</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/main_window.py" line="493"/>
        <source>Closing now would lose the changes not saved yet.</source>
        <translation>Zamknięcie teraz oznaczałoby utratę jeszcze niezapisanych zmian.</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/main_window.py" line="494"/>
        <source>Save a Copy As…</source>
        <translation>Zapisz kopię jako…</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/main_window.py" line="495"/>
        <source>Retry</source>
        <translation>Ponów</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/main_window.py" line="496"/>
        <source>Discard Changes</source>
        <translation>Odrzuć zmiany</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/dialogs/workshop_locked.py" line="176"/>
        <location filename="../../shoppermap/ui/file_actions.py" line="76"/>
        <source>ShopperMap workshops (*{0})</source>
        <translation>Warsztaty ShopperMap (*{0})</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/file_actions.py" line="44"/>
        <source>Cannot save the copy over the workshop open here; choose another name.</source>
        <translation>Nie można zapisać kopii w miejsce warsztatu otwartego w tym oknie; wybierz inną nazwę.</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/file_actions.py" line="53"/>
        <source>Cannot save the copy there: {0} is open in another window or program.</source>
        <translation>Nie można zapisać tam kopii: plik {0} jest otwarty w innym oknie lub programie.</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/file_actions.py" line="87"/>
        <source>Open workshop</source>
        <translation>Otwórz warsztat</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/file_actions.py" line="111"/>
        <source>copy</source>
        <translation>kopia</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/file_actions.py" line="114"/>
        <source>Save a copy</source>
        <translation>Zapisz kopię</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/file_actions.py" line="143"/>
        <source>Cannot save the copy.

{0}</source>
        <translation>Nie można zapisać kopii.

{0}</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/file_actions.py" line="150"/>
        <source>Saved every change to {0}; editing goes on there</source>
        <translation>Zapisano wszystkie zmiany w {0}; dalsza edycja odbywa się tam</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/file_actions.py" line="156"/>
        <source>Saved a copy to {0}</source>
        <translation>Zapisano kopię: {0}</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/file_actions.py" line="182"/>
        <source>Export workshop JSON</source>
        <translation>Eksport warsztatu do JSON</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/file_actions.py" line="184"/>
        <source>Workshop JSON (*.json)</source>
        <translation>Warsztat w formacie JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/file_actions.py" line="190"/>
        <source>Cannot export.

{0}</source>
        <translation>Nie można wyeksportować.

{0}</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/file_actions.py" line="223"/>
        <source>No recent workshops</source>
        <translation>Brak ostatnio otwieranych warsztatów</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/window_docks.py" line="33"/>
        <source>Inspector</source>
        <translation>Inspektor</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/window_docks.py" line="44"/>
        <source>Legend</source>
        <translation>Legenda</translation>
    </message>
</context>
<context>
    <name>Matrix</name>
    <message>
        <location filename="../../shoppermap/ui/matrix/dock.py" line="28"/>
        <source>Drag an action into a cell to set its value and effort, or back to “Not rated yet” to clear them. A click shows its card on the map.</source>
        <translation>Przeciągnij działanie do komórki, aby ustawić jego wartość i nakład, albo z powrotem do „Jeszcze nieocenione”, aby je wyczyścić. Kliknięcie pokazuje jego kartę na mapie.</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/matrix/dock.py" line="91"/>
        <location filename="../../shoppermap/ui/matrix/picture.py" line="79"/>
        <source>Value/effort matrix</source>
        <translation>Macierz wartość/nakład</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/matrix/dock.py" line="139"/>
        <source>Value-effort matrix</source>
        <translation>Macierz wartość-nakład</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/matrix/items.py" line="47"/>
        <source>Quick wins</source>
        <translation>Szybkie wygrane</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/matrix/items.py" line="48"/>
        <source>high value, low effort: start now</source>
        <translation>duża wartość, mały nakład: zacznij od razu</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/matrix/items.py" line="50"/>
        <source>Big bets</source>
        <translation>Duże projekty</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/matrix/items.py" line="50"/>
        <source>high value, high effort: plan them</source>
        <translation>duża wartość, duży nakład: zaplanuj</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/matrix/items.py" line="52"/>
        <source>Fill-ins</source>
        <translation>Uzupełnienia</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/matrix/items.py" line="53"/>
        <source>low value, low effort: if time allows</source>
        <translation>mała wartość, mały nakład: gdy starczy czasu</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/matrix/items.py" line="55"/>
        <source>Money pits</source>
        <translation>Studnie bez dna</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/matrix/items.py" line="55"/>
        <source>low value, high effort: drop them</source>
        <translation>mała wartość, duży nakład: odpuść</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/matrix/items.py" line="179"/>
        <source>Effort or cost  →  (1 low, 5 high)</source>
        <translation>Nakład lub koszt  →  (1 niski, 5 wysoki)</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/matrix/items.py" line="187"/>
        <source>Expected value  →  (1 low, 5 high)</source>
        <translation>Oczekiwana wartość  →  (1 niska, 5 wysoka)</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/matrix/items.py" line="203"/>
        <source>Not rated yet ({0})</source>
        <translation>Jeszcze nieocenione ({0})</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/matrix/items.py" line="211"/>
        <source>Drag an action here to clear its value and effort.</source>
        <translation>Przeciągnij tu działanie, aby wyczyścić jego wartość i nakład.</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/matrix/picture.py" line="86"/>
        <source>scenario: {0}</source>
        <translation>scenariusz: {0}</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/matrix/view.py" line="145"/>
        <source>Clear value and effort of {0}</source>
        <translation>Wyczyść wartość i nakład {0}</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/matrix/view.py" line="147"/>
        <source>Rate {0}: value {1}, effort {2}</source>
        <translation>Oceń {0}: wartość {1}, nakład {2}</translation>
    </message>
</context>
<context>
    <name>MergeConflicts</name>
    <message>
        <location filename="../../shoppermap/ui/dialogs/merge_conflicts.py" line="34"/>
        <location filename="../../shoppermap/ui/dialogs/merge_conflicts.py" line="68"/>
        <source>Name</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/dialogs/merge_conflicts.py" line="35"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/dialogs/merge_conflicts.py" line="36"/>
        <source>Emotion</source>
        <translation>Emocje</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/dialogs/merge_conflicts.py" line="37"/>
        <source>Expectations</source>
        <translation>Oczekiwania</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/dialogs/merge_conflicts.py" line="38"/>
        <source>Experience</source>
        <translation>Doświadczenie</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/dialogs/merge_conflicts.py" line="39"/>
        <source>Moment of truth</source>
        <translation>Moment prawdy</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/dialogs/merge_conflicts.py" line="40"/>
        <source>Quick win</source>
        <translation>Szybka wygrana</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/dialogs/merge_conflicts.py" line="41"/>
        <source>Owner</source>
        <translation>Właściciel</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/dialogs/merge_conflicts.py" line="42"/>
        <source>Notes</source>
        <translation>Notatki</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/dialogs/merge_conflicts.py" line="43"/>
        <source>Hidden</source>
        <translation>Ukryta</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/dialogs/merge_conflicts.py" line="44"/>
        <source>Description</source>
        <translation>Opis</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/dialogs/merge_conflicts.py" line="45"/>
        <source>Retailer</source>
        <translation>Sieć</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/dialogs/merge_conflicts.py" line="46"/>
        <source>Priority</source>
        <translation>Priorytet</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/dialogs/merge_conflicts.py" line="47"/>
        <source>Expected impact</source>
        <translation>Oczekiwany efekt</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/dialogs/merge_conflicts.py" line="48"/>
        <source>Cost</source>
        <translation>Koszt</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/dialogs/merge_conflicts.py" line="49"/>
        <location filename="../../shoppermap/ui/dialogs/merge_conflicts.py" line="108"/>
        <source>Brand</source>
        <translation>Marka</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/dialogs/merge_conflicts.py" line="50"/>
        <source>Mechanic</source>
        <translation>Mechanika</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/dialogs/merge_conflicts.py" line="51"/>
        <source>Stores</source>
        <translation>Sklepy</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/dialogs/merge_conflicts.py" line="52"/>
        <source>Units per store</source>
        <translation>Sztuki na sklep</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/dialogs/merge_conflicts.py" line="53"/>
        <source>Unit cost</source>
        <translation>Koszt jednostkowy</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/dialogs/merge_conflicts.py" line="54"/>
        <source>Fixed cost</source>
        <translation>Koszt stały</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/dialogs/merge_conflicts.py" line="55"/>
        <source>Kind of cost</source>
        <translation>Rodzaj kosztu</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/dialogs/merge_conflicts.py" line="56"/>
        <source>Baseline sales</source>
        <translation>Sprzedaż bazowa</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/dialogs/merge_conflicts.py" line="57"/>
        <source>Uplift %</source>
        <translation>Wzrost %</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/dialogs/merge_conflicts.py" line="58"/>
        <source>Gross margin %</source>
        <translation>Marża brutto %</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/dialogs/merge_conflicts.py" line="59"/>
        <source>Scenarios</source>
        <translation>Scenariusze</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/dialogs/merge_conflicts.py" line="60"/>
        <source>Start</source>
        <translation>Początek</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/dialogs/merge_conflicts.py" line="61"/>
        <source>End</source>
        <translation>Koniec</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/dialogs/merge_conflicts.py" line="62"/>
        <source>Period</source>
        <translation>Okres</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/dialogs/merge_conflicts.py" line="63"/>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/dialogs/merge_conflicts.py" line="64"/>
        <source>POS tool</source>
        <translation>Narzędzie POS</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/dialogs/merge_conflicts.py" line="65"/>
        <source>Kind</source>
        <translation>Rodzaj</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/dialogs/merge_conflicts.py" line="66"/>
        <source>Threat</source>
        <translation>Zagrożenie</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/dialogs/merge_conflicts.py" line="67"/>
        <location filename="../../shoppermap/ui/dialogs/merge_conflicts.py" line="107"/>
        <source>Competitor</source>
        <translation>Konkurent</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/dialogs/merge_conflicts.py" line="69"/>
        <source>Persona</source>
        <translation>Persona</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/dialogs/merge_conflicts.py" line="70"/>
        <source>Colour</source>
        <translation>Kolor</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/dialogs/merge_conflicts.py" line="71"/>
        <source>Title</source>
        <translation>Tytuł</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/dialogs/merge_conflicts.py" line="72"/>
        <source>Client</source>
        <translation>Klient</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/dialogs/merge_conflicts.py" line="73"/>
        <source>Category</source>
        <translation>Kategoria</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/dialogs/merge_conflicts.py" line="74"/>
        <source>Channel</source>
        <translation>Kanał</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/dialogs/merge_conflicts.py" line="75"/>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/dialogs/merge_conflicts.py" line="76"/>
        <source>Facilitator</source>
        <translation>Prowadzący</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/dialogs/merge_conflicts.py" line="77"/>
        <source>Participants</source>
        <translation>Uczestnicy</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/dialogs/merge_conflicts.py" line="78"/>
        <source>Currency</source>
        <translation>Waluta</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/dialogs/merge_conflicts.py" line="85"/>
        <source>Green: works well</source>
        <translation>Zielony: działa dobrze</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/dialogs/merge_conflicts.py" line="86"/>
        <source>Yellow: needs improvement</source>
        <translation>Żółty: wymaga poprawy</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/dialogs/merge_conflicts.py" line="87"/>
        <source>Red: critical</source>
        <translation>Czerwony: krytyczny</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/dialogs/merge_conflicts.py" line="88"/>
        <source>High</source>
        <translation>Wysoki</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/dialogs/merge_conflicts.py" line="89"/>
        <source>Medium</source>
        <translation>Średni</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/dialogs/merge_conflicts.py" line="90"/>
        <source>Low</source>
        <translation>Niski</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/dialogs/merge_conflicts.py" line="91"/>
        <source>Idea</source>
        <translation>Pomysł</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/dialogs/merge_conflicts.py" line="92"/>
        <source>Planned</source>
        <translation>Zaplanowane</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/dialogs/merge_conflicts.py" line="93"/>
        <source>Agreed with buyer</source>
        <translation>Uzgodnione z kupcem</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/dialogs/merge_conflicts.py" line="94"/>
        <source>In progress</source>
        <translation>W realizacji</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/dialogs/merge_conflicts.py" line="95"/>
        <source>Done</source>
        <translation>Zrobione</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/dialogs/merge_conflicts.py" line="96"/>
        <source>Dropped</source>
        <translation>Porzucone</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/dialogs/merge_conflicts.py" line="97"/>
        <source>Production</source>
        <translation>Produkcja</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/dialogs/merge_conflicts.py" line="98"/>
        <source>Retailer fee</source>
        <translation>Opłata dla sieci</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/dialogs/merge_conflicts.py" line="99"/>
        <source>Labour</source>
        <translation>Robocizna</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/dialogs/merge_conflicts.py" line="100"/>
        <source>Media</source>
        <translation>Media</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/dialogs/merge_conflicts.py" line="109"/>
        <source>Scenario</source>
        <translation>Scenariusz</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/dialogs/merge_conflicts.py" line="110"/>
        <source>Sales period</source>
        <translation>Okres sprzedażowy</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/dialogs/merge_conflicts.py" line="111"/>
        <source>Journey</source>
        <translation>Ścieżka</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/dialogs/merge_conflicts.py" line="112"/>
        <source>Stage</source>
        <translation>Etap</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/dialogs/merge_conflicts.py" line="113"/>
        <source>Phase</source>
        <translation>Faza</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/dialogs/merge_conflicts.py" line="114"/>
        <source>Card</source>
        <translation>Karta</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/dialogs/merge_conflicts.py" line="115"/>
        <source>Opportunity</source>
        <translation>Szansa</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/dialogs/merge_conflicts.py" line="116"/>
        <source>Competitor gap</source>
        <translation>Luka konkurencyjna</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/dialogs/merge_conflicts.py" line="123"/>
        <source>(empty)</source>
        <translation>(puste)</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/dialogs/merge_conflicts.py" line="125"/>
        <source>yes</source>
        <translation>tak</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/dialogs/merge_conflicts.py" line="125"/>
        <source>no</source>
        <translation>nie</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/dialogs/merge_conflicts.py" line="140"/>
        <source>Workshop details</source>
        <translation>Szczegóły warsztatu</translation>
    </message>
</context>
<context>
    <name>MergeConflictsDialog</name>
    <message>
        <location filename="../../shoppermap/ui/dialogs/merge_conflicts.py" line="154"/>
        <source>Conflicts with {0}</source>
        <translation>Konflikty z grupą {0}</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/dialogs/merge_conflicts.py" line="157"/>
        <source>The group and this workshop changed the same things differently since the hand-out. Choose which value to keep for each.</source>
        <translation>Od rozdania kopii grupa i ten warsztat zmieniły te same rzeczy w różny sposób. Wybierz, którą wartość zachować w każdym przypadku.</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/dialogs/merge_conflicts.py" line="165"/>
        <source>Object</source>
        <translation>Obiekt</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/dialogs/merge_conflicts.py" line="166"/>
        <source>Field</source>
        <translation>Pole</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/dialogs/merge_conflicts.py" line="167"/>
        <source>Here</source>
        <translation>Tutaj</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/dialogs/merge_conflicts.py" line="169"/>
        <source>Keep</source>
        <translation>Zachowaj</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/dialogs/merge_conflicts.py" line="179"/>
        <source>(whole object)</source>
        <translation>(cały obiekt)</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/dialogs/merge_conflicts.py" line="180"/>
        <source>removed here</source>
        <translation>usunięty tutaj</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/dialogs/merge_conflicts.py" line="181"/>
        <source>changed by the group</source>
        <translation>zmieniony przez grupę</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/dialogs/merge_conflicts.py" line="190"/>
        <source>Ours</source>
        <translation>Nasza</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/dialogs/merge_conflicts.py" line="191"/>
        <source>The group&apos;s</source>
        <translation>Grupy</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/dialogs/merge_conflicts.py" line="194"/>
        <source>All from the Group</source>
        <translation>Wszystko od grupy</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/dialogs/merge_conflicts.py" line="195"/>
        <source>Keep All Ours</source>
        <translation>Zachowaj wszystkie nasze</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/dialogs/merge_conflicts.py" line="201"/>
        <source>Merge</source>
        <translation>Scal</translation>
    </message>
</context>
<context>
    <name>MessageLabel</name>
    <message>
        <location filename="../../shoppermap/ui/inspector/fields.py" line="48"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
</context>
<context>
    <name>MultiCardForm</name>
    <message>
        <location filename="../../shoppermap/ui/inspector/multi_form.py" line="50"/>
        <source>Moment of truth</source>
        <translation>Moment prawdy</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/inspector/multi_form.py" line="51"/>
        <source>Quick win</source>
        <translation>Szybka wygrana</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/inspector/multi_form.py" line="52"/>
        <source>Changes here apply to every selected card.</source>
        <translation>Zmiany w tym miejscu dotyczą wszystkich zaznaczonych kart.</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/inspector/multi_form.py" line="59"/>
        <source>Shared fields</source>
        <translation>Wspólne pola</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/inspector/multi_form.py" line="63"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/inspector/multi_form.py" line="64"/>
        <source>Owner</source>
        <translation>Odpowiedzialny</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/inspector/multi_form.py" line="105"/>
        <source>Person or team</source>
        <translation>Osoba lub zespół</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/inspector/multi_form.py" line="105"/>
        <source>— mixed —</source>
        <translation>— różne —</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/inspector/multi_form.py" line="131"/>
        <source>Set status of {count} cards to {value}</source>
        <translation>Ustaw status kart ({count}): {value}</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/inspector/multi_form.py" line="138"/>
        <source>Set owner of {count} cards to {name}</source>
        <translation>Ustaw osobę odpowiedzialną za karty ({count}): {name}</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/inspector/multi_form.py" line="140"/>
        <source>Clear owner of {count} cards</source>
        <translation>Usuń osobę odpowiedzialną z kart ({count})</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/inspector/multi_form.py" line="147"/>
        <source>Mark {count} cards as moments of truth</source>
        <translation>Oznacz karty ({count}) jako momenty prawdy</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/inspector/multi_form.py" line="148"/>
        <source>Unmark {count} cards as moments of truth</source>
        <translation>Usuń oznaczenie momentu prawdy z kart ({count})</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/inspector/multi_form.py" line="149"/>
        <source>Mark {count} cards as quick wins</source>
        <translation>Oznacz karty ({count}) jako szybkie wygrane</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/inspector/multi_form.py" line="150"/>
        <source>Unmark {count} cards as quick wins</source>
        <translation>Usuń oznaczenie szybkiej wygranej z kart ({count})</translation>
    </message>
</context>
<context>
    <name>NamesPage</name>
    <message>
        <location filename="../../shoppermap/ui/dialogs/brands_scenarios.py" line="93"/>
        <source>Name</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/dialogs/brands_scenarios.py" line="95"/>
        <source>&amp;Duplicate</source>
        <translation>&amp;Powiel</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/dialogs/brands_scenarios.py" line="96"/>
        <source>A new scenario with every action of this one</source>
        <translation>Nowy scenariusz ze wszystkimi działaniami tego</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/dialogs/brands_scenarios.py" line="98"/>
        <source>Move &amp;Up</source>
        <translation>Przesuń w &amp;górę</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/dialogs/brands_scenarios.py" line="99"/>
        <source>Move Do&amp;wn</source>
        <translation>Przesuń w d&amp;ół</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/dialogs/brands_scenarios.py" line="100"/>
        <source>&amp;Remove</source>
        <translation>&amp;Usuń</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/dialogs/brands_scenarios.py" line="117"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nazwa:</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/dialogs/brands_scenarios.py" line="260"/>
        <source>{count} of them are in no other scenario and will then count in every scenario.</source>
        <translation>Część z nich (liczba: {count}) nie należy do żadnego innego scenariusza i odtąd będzie liczona w każdym.</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/dialogs/brands_scenarios.py" line="278"/>
        <source>{name} (copy)</source>
        <translation>{name} (kopia)</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/dialogs/brands_scenarios.py" line="279"/>
        <source>Duplicate scenario {name}</source>
        <translation>Powiel scenariusz {name}</translation>
    </message>
</context>
<context>
    <name>NewWorkshopDialog</name>
    <message>
        <location filename="../../shoppermap/ui/dialogs/new_workshop.py" line="29"/>
        <source>New workshop</source>
        <translation>Nowy warsztat</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/dialogs/new_workshop.py" line="36"/>
        <source>e.g. Crunchy snacks × hypermarket, spring 2027</source>
        <translation>np. Chrupiące przekąski × hipermarket, wiosna 2027</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/dialogs/new_workshop.py" line="38"/>
        <source>Browse…</source>
        <translation>Przeglądaj…</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/dialogs/new_workshop.py" line="47"/>
        <source>Framework:</source>
        <translation>Szablon:</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/dialogs/new_workshop.py" line="48"/>
        <source>Title:</source>
        <translation>Tytuł:</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/dialogs/new_workshop.py" line="49"/>
        <source>File:</source>
        <translation>Plik:</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/dialogs/new_workshop.py" line="62"/>
        <source>New workshop file</source>
        <translation>Nowy plik warsztatu</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/dialogs/new_workshop.py" line="70"/>
        <source>That file exists already; choose another name.</source>
        <translation>Taki plik już istnieje; wybierz inną nazwę.</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/dialogs/new_workshop.py" line="72"/>
        <source>That folder does not exist.</source>
        <translation>Taki folder nie istnieje.</translation>
    </message>
</context>
<context>
    <name>OpportunityEditor</name>
    <message>
        <location filename="../../shoppermap/ui/inspector/opportunity_editor.py" line="50"/>
        <source>Pick a tool or type your own</source>
        <translation>Wybierz narzędzie lub wpisz własne</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/inspector/opportunity_editor.py" line="53"/>
        <source>Retailer or channel</source>
        <translation>Sieć lub kanał</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/inspector/opportunity_editor.py" line="57"/>
        <source>e.g. +15% rotation</source>
        <translation>np. +15% rotacji</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/inspector/opportunity_editor.py" line="61"/>
        <source>Person or team</source>
        <translation>Osoba lub zespół</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/inspector/opportunity_editor.py" line="64"/>
        <source>Start date</source>
        <translation>Data rozpoczęcia</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/inspector/opportunity_editor.py" line="65"/>
        <source>End date</source>
        <translation>Data zakończenia</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/inspector/opportunity_editor.py" line="68"/>
        <source>In a sales period with dates, the opportunity runs on the period&apos;s dates</source>
        <translation>W okresie sprzedaży z datami okazja trwa w datach tego okresu</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/inspector/opportunity_editor.py" line="77"/>
        <source>Expected value for the business, 1 (low) to 5 (high)</source>
        <translation>Oczekiwana wartość dla biznesu, od 1 (niska) do 5 (wysoka)</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/inspector/opportunity_editor.py" line="80"/>
        <source>Effort or cost to make it happen, 1 (low) to 5 (high)</source>
        <translation>Nakład pracy lub koszt wdrożenia, od 1 (niski) do 5 (wysoki)</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/inspector/opportunity_editor.py" line="82"/>
        <source>The room&apos;s dot votes on this action</source>
        <translation>Głosy uczestników na to działanie</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/inspector/opportunity_editor.py" line="87"/>
        <source>POS tool</source>
        <translation>Narzędzie POS</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/inspector/opportunity_editor.py" line="89"/>
        <source>Description</source>
        <translation>Opis</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/inspector/opportunity_editor.py" line="90"/>
        <source>Retailer</source>
        <translation>Sieć</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/inspector/opportunity_editor.py" line="91"/>
        <source>Priority</source>
        <translation>Priorytet</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/inspector/opportunity_editor.py" line="92"/>
        <source>Impact</source>
        <translation>Efekt</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/inspector/opportunity_editor.py" line="93"/>
        <source>Owner</source>
        <translation>Odpowiedzialny</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/inspector/opportunity_editor.py" line="94"/>
        <source>Start</source>
        <translation>Początek</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/inspector/opportunity_editor.py" line="95"/>
        <source>End</source>
        <translation>Koniec</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/inspector/opportunity_editor.py" line="96"/>
        <source>Sales period</source>
        <translation>Okres sprzedaży</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/inspector/opportunity_editor.py" line="97"/>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/inspector/opportunity_editor.py" line="98"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/inspector/opportunity_editor.py" line="99"/>
        <source>Votes</source>
        <translation>Głosy</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/inspector/opportunity_editor.py" line="100"/>
        <source>Value</source>
        <translation>Wartość</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/inspector/opportunity_editor.py" line="101"/>
        <source>Effort</source>
        <translation>Nakład</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/inspector/opportunity_editor.py" line="102"/>
        <source>Notes</source>
        <translation>Notatki</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/inspector/opportunity_editor.py" line="108"/>
        <source>Brought by</source>
        <translation>Wniosła grupa</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/inspector/opportunity_editor.py" line="109"/>
        <source>Expected impact, in words or numbers</source>
        <translation>Oczekiwany efekt, słowami lub liczbami</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/inspector/opportunity_editor.py" line="110"/>
        <source>Estimated cost; leave empty when not estimated</source>
        <translation>Szacowany koszt; zostaw puste, jeśli go nie oszacowano</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/inspector/opportunity_editor.py" line="179"/>
        <source>The dates of the sales period {name}</source>
        <translation>Daty okresu sprzedaży {name}</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/inspector/opportunity_editor.py" line="198"/>
        <source>Own dates</source>
        <translation>Własne daty</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/inspector/opportunity_editor.py" line="236"/>
        <source>Set POS tool of {target} to {value}</source>
        <translation>Ustaw narzędzie POS szansy {target}: {value}</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/inspector/opportunity_editor.py" line="237"/>
        <source>Edit description of {target}</source>
        <translation>Edytuj opis szansy {target}</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/inspector/opportunity_editor.py" line="238"/>
        <source>Set retailer of {target} to {value}</source>
        <translation>Ustaw sieć szansy {target}: {value}</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/inspector/opportunity_editor.py" line="239"/>
        <source>Set priority of {target} to {value}</source>
        <translation>Ustaw priorytet szansy {target}: {value}</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/inspector/opportunity_editor.py" line="240"/>
        <source>Edit expected impact of {target}</source>
        <translation>Edytuj oczekiwany efekt szansy {target}</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/inspector/opportunity_editor.py" line="241"/>
        <source>Set owner of {target} to {value}</source>
        <translation>Ustaw osobę odpowiedzialną za szansę {target}: {value}</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/inspector/opportunity_editor.py" line="242"/>
        <source>Set start of {target} to {value}</source>
        <translation>Ustaw początek szansy {target}: {value}</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/inspector/opportunity_editor.py" line="243"/>
        <source>Set end of {target} to {value}</source>
        <translation>Ustaw koniec szansy {target}: {value}</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/inspector/opportunity_editor.py" line="244"/>
        <source>Set sales period of {target} to {value}</source>
        <translation>Ustaw okres sprzedaży szansy {target}: {value}</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/inspector/opportunity_editor.py" line="245"/>
        <source>Set KPI of {target} to {value}</source>
        <translation>Ustaw KPI szansy {target}: {value}</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/inspector/opportunity_editor.py" line="246"/>
        <source>Set status of {target} to {value}</source>
        <translation>Ustaw status szansy {target}: {value}</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/inspector/opportunity_editor.py" line="247"/>
        <source>Set value of {target} to {value}</source>
        <translation>Ustaw wartość {target} na {value}</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/inspector/opportunity_editor.py" line="248"/>
        <source>Set effort of {target} to {value}</source>
        <translation>Ustaw nakład {target} na {value}</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/inspector/opportunity_editor.py" line="249"/>
        <source>Edit notes of {target}</source>
        <translation>Edytuj notatki szansy {target}</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/inspector/opportunity_editor.py" line="256"/>
        <source>none</source>
        <translation>brak</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/inspector/opportunity_editor.py" line="300"/>
        <source>The end date is before the start date ({date}).</source>
        <translation>Data zakończenia jest wcześniejsza niż data rozpoczęcia ({date}).</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/inspector/opportunity_editor.py" line="304"/>
        <source>The start date is after the end date ({date}).</source>
        <translation>Data rozpoczęcia jest późniejsza niż data zakończenia ({date}).</translation>
    </message>
</context>
<context>
    <name>OpportunitySection</name>
    <message>
        <location filename="../../shoppermap/ui/inspector/opportunity_list.py" line="31"/>
        <source>No opportunities yet: press Add.</source>
        <translation>Nie ma jeszcze szans: kliknij Dodaj.</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/inspector/opportunity_list.py" line="32"/>
        <source>Select an opportunity to edit it.</source>
        <translation>Zaznacz szansę, aby ją edytować.</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/inspector/opportunity_list.py" line="38"/>
        <source>POS opportunities ({count})</source>
        <translation>Szanse POS ({count})</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/inspector/opportunity_list.py" line="40"/>
        <source>POS opportunities</source>
        <translation>Szanse POS</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/inspector/opportunity_list.py" line="60"/>
        <source>Add opportunity to {card}</source>
        <translation>Dodaj szansę POS do karty {card}</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/inspector/opportunity_list.py" line="61"/>
        <source>Duplicate {target} on {card}</source>
        <translation>Powiel szansę {target} na karcie {card}</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/inspector/opportunity_list.py" line="62"/>
        <source>Remove {target} from {card}</source>
        <translation>Usuń szansę {target} z karty {card}</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/inspector/opportunity_list.py" line="63"/>
        <source>Move {target} up</source>
        <translation>Przesuń szansę {target} w górę</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/inspector/opportunity_list.py" line="64"/>
        <source>Move {target} down</source>
        <translation>Przesuń szansę {target} w dół</translation>
    </message>
</context>
<context>
    <name>Palette</name>
    <message>
        <location filename="../../shoppermap/ui/palette.py" line="48"/>
        <source>Search touchpoints…</source>
        <translation>Szukaj punktów styku…</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/palette.py" line="57"/>
        <source>Drag a touchpoint onto a column of the map. Greyed ones are on the map already.</source>
        <translation>Przeciągnij punkt styku na kolumnę mapy. Wyszarzone są już na mapie.</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/palette.py" line="61"/>
        <source>New custom touchpoint</source>
        <translation>Nowy własny punkt styku</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/palette.py" line="79"/>
        <source>This journey&apos;s framework is not installed; add custom touchpoints instead.</source>
        <translation>Szablonu tej ścieżki nie ma na tym komputerze; dodawaj własne punkty styku.</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/palette.py" line="116"/>
        <source>On the map</source>
        <translation>Na mapie</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/palette.py" line="116"/>
        <source>Not on the map: drag it onto a column</source>
        <translation>Nie ma go na mapie: przeciągnij go na kolumnę</translation>
    </message>
</context>
<context>
    <name>ParkingLot</name>
    <message>
        <location filename="../../shoppermap/ui/parking_lot_dock.py" line="91"/>
        <source>Park an idea or a question…</source>
        <translation>Zaparkuj pomysł lub pytanie…</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/parking_lot_dock.py" line="93"/>
        <source>Park</source>
        <translation>Zaparkuj</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/parking_lot_dock.py" line="100"/>
        <source>Drag an item onto a card to make it a note or a POS action there.</source>
        <translation>Przeciągnij pozycję na kartę, aby zrobić z niej notatkę lub działanie POS.</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/parking_lot_dock.py" line="103"/>
        <source>Remove</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/parking_lot_dock.py" line="188"/>
        <source>Type the idea or question first.</source>
        <translation>Najpierw wpisz pomysł lub pytanie.</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/parking_lot_dock.py" line="191"/>
        <source>Park {0}</source>
        <translation>Zaparkuj {0}</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/parking_lot_dock.py" line="209"/>
        <source>A parked item needs some text; it was left as it was.</source>
        <translation>Zaparkowana pozycja musi mieć treść; zostawiono ją bez zmian.</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/parking_lot_dock.py" line="220"/>
        <source>Edit Parked {0}</source>
        <translation>Zmień zaparkowaną pozycję {0}</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/parking_lot_dock.py" line="222"/>
        <source>Mark {0} Done</source>
        <translation>Oznacz {0} jako załatwione</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/parking_lot_dock.py" line="224"/>
        <source>Reopen {0}</source>
        <translation>Otwórz ponownie {0}</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/parking_lot_dock.py" line="234"/>
        <source>Remove Parked {0}</source>
        <translation>Usuń z parkingu {0}</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/parking_lot_dock.py" line="247"/>
        <source>Make {0} an Action of {1}</source>
        <translation>Zrób z {0} działanie POS przy {1}</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/parking_lot_dock.py" line="257"/>
        <source>Make {0} a Note of {1}</source>
        <translation>Zrób z {0} notatkę przy {1}</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/parking_lot_dock.py" line="266"/>
        <source>As a &amp;Note</source>
        <translation>Jako &amp;notatka</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/parking_lot_dock.py" line="267"/>
        <source>As a &amp;POS Action</source>
        <translation>Jako &amp;działanie POS</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/parking_lot_dock.py" line="269"/>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/parking_lot_dock.py" line="284"/>
        <source>Parking lot</source>
        <translation>Parking pomysłów</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/parking_lot_dock.py" line="290"/>
        <source>Parking lot ({0})</source>
        <translation>Parking pomysłów ({0})</translation>
    </message>
</context>
<context>
    <name>Picture</name>
    <message>
        <location filename="../../shoppermap/ui/picture.py" line="284"/>
        <source>The printer or the PDF file cannot be opened.</source>
        <translation>Nie można otworzyć drukarki ani pliku PDF.</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/picture.py" line="384"/>
        <source>Shopper journey</source>
        <translation>Ścieżka zakupowa</translation>
    </message>
</context>
<context>
    <name>PictureActions</name>
    <message>
        <location filename="../../shoppermap/ui/picture_actions.py" line="78"/>
        <source>Export &amp;Picture…</source>
        <translation>Eksportuj o&amp;braz…</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/picture_actions.py" line="79"/>
        <source>Save the journey map as a PDF for printing or a PNG image</source>
        <translation>Zapisz mapę ścieżki jako PDF do druku lub obraz PNG</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/picture_actions.py" line="80"/>
        <source>&amp;Print…</source>
        <translation>&amp;Drukuj…</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/picture_actions.py" line="84"/>
        <source>Print the journey map (A3 landscape)</source>
        <translation>Drukuj mapę ścieżki (A3 poziomo)</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/picture_actions.py" line="123"/>
        <source>Journey map</source>
        <translation>Mapa ścieżki</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/picture_actions.py" line="136"/>
        <source>PDF for printing (*.pdf)</source>
        <translation>PDF do druku (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/picture_actions.py" line="136"/>
        <source>PNG image (*.png)</source>
        <translation>Obraz PNG (*.png)</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/picture_actions.py" line="138"/>
        <source>Export picture</source>
        <translation>Eksport obrazu</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/picture_actions.py" line="164"/>
        <source>Cannot export the picture.

{0}</source>
        <translation>Nie można wyeksportować obrazu.

{0}</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/picture_actions.py" line="168"/>
        <source>Exported {0} (files: {1})</source>
        <translation>Wyeksportowano: {0} (plików: {1})</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/picture_actions.py" line="170"/>
        <source>Exported {0}</source>
        <translation>Wyeksportowano: {0}</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/picture_actions.py" line="189"/>
        <source>Print the journey map</source>
        <translation>Drukuj mapę ścieżki</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/picture_actions.py" line="204"/>
        <source>Cannot print.

{0}</source>
        <translation>Nie można wydrukować.

{0}</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/picture_actions.py" line="207"/>
        <source>Sent {0} page(s) to the printer</source>
        <translation>Wysłano do drukarki stron: {0}</translation>
    </message>
</context>
<context>
    <name>PlanCheck</name>
    <message>
        <location filename="../../shoppermap/ui/review_dock.py" line="34"/>
        <source>{0}: critical touchpoint with no POS action</source>
        <translation>{0}: krytyczny punkt styku bez działania POS</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/review_dock.py" line="36"/>
        <source>{0}: moment of truth with no POS action</source>
        <translation>{0}: moment prawdy bez działania POS</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/review_dock.py" line="39"/>
        <source>{0}: high-threat gap ({1}) with no answering action</source>
        <translation>{0}: luka o wysokim zagrożeniu ({1}) bez działania, które na nią odpowiada</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/review_dock.py" line="42"/>
        <source>{0}: high-threat gap with no answering action</source>
        <translation>{0}: luka o wysokim zagrożeniu bez działania, które na nią odpowiada</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/review_dock.py" line="44"/>
        <source>(untitled)</source>
        <translation>(bez nazwy)</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/review_dock.py" line="46"/>
        <source>owner</source>
        <translation>osoby odpowiedzialnej</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/review_dock.py" line="47"/>
        <source>dates</source>
        <translation>dat</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/review_dock.py" line="48"/>
        <source>cost</source>
        <translation>kosztu</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/review_dock.py" line="49"/>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/review_dock.py" line="55"/>
        <source>{0} or {1}</source>
        <translation>{0} ani {1}</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/review_dock.py" line="57"/>
        <source>{0}: action {1} has no {2}</source>
        <translation>{0}: działanie {1} nie ma {2}</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/review_dock.py" line="59"/>
        <source>every retailer</source>
        <translation>wszystkich sieci</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/review_dock.py" line="60"/>
        <source>{0}: {1} for {2} twice in overlapping dates ({3} – {4})</source>
        <translation>{0}: {1} dla {2} dwa razy w nakładających się terminach ({3} – {4})</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/review_dock.py" line="64"/>
        <source>No action in this stage</source>
        <translation>Brak działań na tym etapie</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/review_dock.py" line="68"/>
        <source>{0}: no activity in this sales period</source>
        <translation>{0}: brak działań w tym okresie sprzedaży</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/review_dock.py" line="69"/>
        <source>{0} ({1} – {2}): no activity in this sales period</source>
        <translation>{0} ({1} – {2}): brak działań w tym okresie sprzedaży</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/review_dock.py" line="271"/>
        <source>Plan check</source>
        <translation>Kontrola planu</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/review_dock.py" line="280"/>
        <source>Plan check ({0})</source>
        <translation>Kontrola planu ({0})</translation>
    </message>
</context>
<context>
    <name>PlanModel</name>
    <message>
        <location filename="../../shoppermap/ui/plan/columns.py" line="73"/>
        <source>Stage</source>
        <translation>Etap</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/plan/columns.py" line="80"/>
        <source>Phase</source>
        <translation>Faza</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/plan/columns.py" line="86"/>
        <source>Touchpoint</source>
        <translation>Punkt styku</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/plan/columns.py" line="90"/>
        <source>POS tool</source>
        <translation>Narzędzie POS</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/plan/columns.py" line="93"/>
        <source>Description</source>
        <translation>Opis</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/plan/columns.py" line="98"/>
        <source>Retailer</source>
        <translation>Sieć</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/plan/columns.py" line="101"/>
        <source>Priority</source>
        <translation>Priorytet</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/plan/columns.py" line="105"/>
        <source>Owner</source>
        <translation>Odpowiedzialny</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/plan/columns.py" line="106"/>
        <source>Start</source>
        <translation>Początek</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/plan/columns.py" line="107"/>
        <source>End</source>
        <translation>Koniec</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/plan/columns.py" line="108"/>
        <source>Sales period</source>
        <translation>Okres sprzedaży</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/plan/figure_columns.py" line="137"/>
        <source>All</source>
        <translation>Wszystkie</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/plan/figure_columns.py" line="146"/>
        <source>The cost is worked out from the quantities: change stores, units or unit cost instead.</source>
        <translation>Koszt wynika z ilości: zmień liczbę sklepów, sztuk lub koszt jednostkowy.</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/plan/figure_columns.py" line="156"/>
        <source>Give stores, units per store and unit cost to work out the cost.</source>
        <translation>Podaj liczbę sklepów, sztuk na sklep i koszt jednostkowy, aby obliczyć koszt.</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/plan/figure_columns.py" line="157"/>
        <source>Worked out: total units × unit cost + fixed cost.</source>
        <translation>Obliczony: razem sztuk × koszt jednostkowy + koszt stały.</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/plan/figure_columns.py" line="163"/>
        <source>Cost</source>
        <translation>Koszt</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/plan/figure_columns.py" line="172"/>
        <source>Total units × unit cost + fixed cost, or the cost typed</source>
        <translation>Razem sztuk × koszt jednostkowy + koszt stały albo wpisany koszt</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/plan/figure_columns.py" line="179"/>
        <source>Brand</source>
        <translation>Marka</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/plan/figure_columns.py" line="182"/>
        <source>Mechanic</source>
        <translation>Mechanika</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/plan/figure_columns.py" line="184"/>
        <source>The offer, such as 2+1, -30% or a tasting</source>
        <translation>Oferta, np. 2+1, -30% albo degustacja</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/plan/figure_columns.py" line="192"/>
        <source>Stores</source>
        <translation>Sklepy</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/plan/figure_columns.py" line="193"/>
        <source>Units/store</source>
        <translation>Szt./sklep</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/plan/figure_columns.py" line="196"/>
        <source>Total units</source>
        <translation>Razem szt.</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/plan/figure_columns.py" line="199"/>
        <source>Stores × units per store</source>
        <translation>Sklepy × sztuki na sklep</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/plan/figure_columns.py" line="201"/>
        <source>Unit cost</source>
        <translation>Koszt jedn.</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/plan/figure_columns.py" line="202"/>
        <source>Fixed cost</source>
        <translation>Koszt stały</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/plan/figure_columns.py" line="204"/>
        <source>Cost kind</source>
        <translation>Rodzaj kosztu</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/plan/figure_columns.py" line="215"/>
        <source>Baseline sales</source>
        <translation>Sprzedaż bazowa</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/plan/figure_columns.py" line="216"/>
        <source>Sales without the action, in its period</source>
        <translation>Sprzedaż bez akcji w jej okresie</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/plan/figure_columns.py" line="218"/>
        <source>Uplift</source>
        <translation>Wzrost</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/plan/figure_columns.py" line="219"/>
        <source>Margin</source>
        <translation>Marża</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/plan/figure_columns.py" line="222"/>
        <source>Incr. sales</source>
        <translation>Przyrost sprzed.</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/plan/figure_columns.py" line="225"/>
        <source>Incremental sales: baseline sales × uplift</source>
        <translation>Przyrost sprzedaży: sprzedaż bazowa × wzrost</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/plan/figure_columns.py" line="229"/>
        <source>Incr. margin</source>
        <translation>Przyrost marży</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/plan/figure_columns.py" line="232"/>
        <source>Incremental margin: incremental sales × margin</source>
        <translation>Przyrost marży: przyrost sprzedaży × marża</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/plan/figure_columns.py" line="236"/>
        <source>ROI</source>
        <translation>ROI</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/plan/figure_columns.py" line="239"/>
        <source>(Incremental margin − cost) / cost</source>
        <translation>(Przyrost marży − koszt) / koszt</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/plan/figure_columns.py" line="241"/>
        <source>Scenarios</source>
        <translation>Scenariusze</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/plan/figure_columns.py" line="251"/>
        <source>The room&apos;s dot votes on the action</source>
        <translation>Głosy uczestników na działanie</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/plan/figure_columns.py" line="255"/>
        <source>Value</source>
        <translation>Wartość</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/plan/figure_columns.py" line="258"/>
        <source>Expected value, 1 (low) to 5 (high), as in the matrix</source>
        <translation>Oczekiwana wartość, od 1 (niska) do 5 (wysoka), jak w macierzy</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/plan/figure_columns.py" line="262"/>
        <source>Effort</source>
        <translation>Nakład</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/plan/figure_columns.py" line="265"/>
        <source>Effort or cost, 1 (low) to 5 (high), as in the matrix</source>
        <translation>Nakład lub koszt, od 1 (niski) do 5 (wysoki), jak w macierzy</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/plan/columns.py" line="111"/>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/plan/columns.py" line="114"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/plan/columns.py" line="121"/>
        <source>Brought by</source>
        <translation>Wniosła grupa</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/plan/columns.py" line="123"/>
        <source>The breakout group whose copy brought the action in a merge</source>
        <translation>Grupa warsztatowa, której kopia wniosła to działanie przy scalaniu</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/plan/columns.py" line="125"/>
        <source>MoT</source>
        <translation>MP</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/plan/columns.py" line="126"/>
        <source>QW</source>
        <translation>SW</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/plan/model.py" line="224"/>
        <source>Edit {0}</source>
        <translation>Edytuj {0}</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/matrix/items.py" line="229"/>
        <location filename="../../shoppermap/ui/plan/figure_columns.py" line="250"/>
        <source>Votes</source>
        <translation>Głosy</translation>
    </message>
</context>
<context>
    <name>PlanWidget</name>
    <message>
        <location filename="../../shoppermap/ui/plan/dock.py" line="95"/>
        <source>All journeys</source>
        <translation>Wszystkie ścieżki</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/plan/dock.py" line="99"/>
        <source>Stage</source>
        <translation>Etap</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/plan/dock.py" line="100"/>
        <source>Retailer</source>
        <translation>Sieć</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/plan/dock.py" line="101"/>
        <source>Owner</source>
        <translation>Odpowiedzialny</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/plan/dock.py" line="102"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/plan/dock.py" line="103"/>
        <source>Priority</source>
        <translation>Priorytet</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/plan/dock.py" line="121"/>
        <source>Search the plan</source>
        <translation>Szukaj w planie</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/plan/dock.py" line="198"/>
        <source>(none)</source>
        <translation>(brak)</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/plan/dock.py" line="206"/>
        <source>(no priority)</source>
        <translation>(bez priorytetu)</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/plan/dock.py" line="230"/>
        <source>All stages</source>
        <translation>Wszystkie etapy</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/plan/dock.py" line="231"/>
        <source>All retailers</source>
        <translation>Wszystkie sieci</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/plan/dock.py" line="232"/>
        <source>All owners</source>
        <translation>Wszyscy odpowiedzialni</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/plan/dock.py" line="233"/>
        <source>Any status</source>
        <translation>Dowolny status</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/plan/dock.py" line="234"/>
        <source>Any priority</source>
        <translation>Dowolny priorytet</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/plan/dock.py" line="278"/>
        <source>{0}: {1} ({2})</source>
        <translation>{0}: {1} ({2})</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/plan/dock.py" line="283"/>
        <source>Total: {0} actions · budget {1} · incremental sales {2} · incremental margin {3} · ROI {4}</source>
        <translation>Razem działań: {0} · budżet {1} · przyrost sprzedaży {2} · przyrost marży {3} · ROI {4}</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/plan/dock.py" line="342"/>
        <source>Action plan</source>
        <translation>Plan działań</translation>
    </message>
</context>
<context>
    <name>Preferences</name>
    <message>
        <location filename="../../shoppermap/ui/dialogs/preferences.py" line="92"/>
        <source>&amp;Edit</source>
        <translation>&amp;Edycja</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/dialogs/preferences.py" line="100"/>
        <source>&amp;Preferences…</source>
        <translation>U&amp;stawienia…</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/dialogs/preferences.py" line="105"/>
        <source>Interface language</source>
        <translation>Język interfejsu</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../shoppermap/ui/dialogs/preferences.py" line="36"/>
        <source>Preferences</source>
        <translation>Ustawienia</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/dialogs/preferences.py" line="40"/>
        <source>System ({0})</source>
        <translation>Systemowy ({0})</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/dialogs/preferences.py" line="47"/>
        <source>Changing the language reopens the workshop in a new window. All your work is kept; the undo history starts afresh.</source>
        <translation>Zmiana języka otwiera warsztat ponownie w nowym oknie. Cała praca zostaje zachowana; historia zmian zaczyna się od nowa.</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/dialogs/preferences.py" line="53"/>
        <source>&amp;Language:</source>
        <translation>&amp;Język:</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../../shoppermap/ui/qt_words.py" line="13"/>
        <source>&amp;Look in:</source>
        <translation>&amp;Szukaj w:</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/qt_words.py" line="14"/>
        <source>Files of &amp;type:</source>
        <translation>Pliki &amp;typu:</translation>
    </message>
</context>
<context>
    <name>ReadOnlyBanner</name>
    <message>
        <location filename="../../shoppermap/ui/read_only_banner.py" line="20"/>
        <source>This workshop is open read-only (read-only media, no permission, or open elsewhere). Nothing will be written to it.</source>
        <translation>Ten warsztat jest otwarty tylko do odczytu (nośnik tylko do odczytu, brak uprawnień albo plik otwarty gdzie indziej). Nic nie zostanie w nim zapisane.</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/read_only_banner.py" line="24"/>
        <source>Save a copy to edit…</source>
        <translation>Zapisz kopię, aby edytować…</translation>
    </message>
</context>
<context>
    <name>RestoreBackupDialog</name>
    <message>
        <location filename="../../shoppermap/ui/dialogs/restore_backup.py" line="82"/>
        <source>Restore from Backup</source>
        <translation>Przywracanie z kopii zapasowej</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/dialogs/restore_backup.py" line="86"/>
        <source>ShopperMap takes a backup of {0} each time it is opened for editing and keeps the last ten. The chosen backup opens as a new workshop; {0} itself is not changed.</source>
        <translation>ShopperMap tworzy kopię zapasową pliku {0} przy każdym otwarciu do edycji i przechowuje dziesięć ostatnich. Wybrana kopia otworzy się jako nowy warsztat; sam plik {0} pozostanie bez zmian.</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/dialogs/restore_backup.py" line="97"/>
        <source>Taken</source>
        <translation>Utworzono</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/dialogs/restore_backup.py" line="98"/>
        <source>Title</source>
        <translation>Tytuł</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/dialogs/restore_backup.py" line="99"/>
        <source>Journeys</source>
        <translation>Ścieżki</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/dialogs/restore_backup.py" line="100"/>
        <source>Cards</source>
        <translation>Karty</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/dialogs/restore_backup.py" line="101"/>
        <source>Opportunities</source>
        <translation>Szanse</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/dialogs/restore_backup.py" line="102"/>
        <source>Gaps</source>
        <translation>Luki</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/dialogs/restore_backup.py" line="103"/>
        <source>Size</source>
        <translation>Rozmiar</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/dialogs/restore_backup.py" line="112"/>
        <source>There are no backups of this workshop yet. One is taken each time a workshop is opened for editing.</source>
        <translation>Ten warsztat nie ma jeszcze kopii zapasowych. Kopia powstaje przy każdym otwarciu warsztatu do edycji.</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/dialogs/restore_backup.py" line="127"/>
        <source>Open as a Copy</source>
        <translation>Otwórz jako kopię</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/dialogs/restore_backup.py" line="154"/>
        <source>Cannot read the backups: {0}</source>
        <translation>Nie można odczytać kopii zapasowych: {0}</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/dialogs/restore_backup.py" line="160"/>
        <source>(untitled)</source>
        <translation>(bez tytułu)</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/dialogs/restore_backup.py" line="193"/>
        <source>Choose a backup first.</source>
        <translation>Najpierw wybierz kopię zapasową.</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/dialogs/restore_backup.py" line="202"/>
        <source>Cannot restore this backup: {0}</source>
        <translation>Nie można przywrócić tej kopii zapasowej: {0}</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/dialogs/restore_backup.py" line="223"/>
        <source>Opens as {0} in {1}</source>
        <translation>Otworzy się jako {0} w {1}</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/dialogs/restore_backup.py" line="237"/>
        <source>Opened the backup as {0}</source>
        <translation>Otwarto kopię zapasową jako {0}</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/dialogs/restore_backup.py" line="247"/>
        <source>Restore from &amp;Backup…</source>
        <translation>&amp;Przywróć z kopii zapasowej…</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/dialogs/restore_backup.py" line="249"/>
        <source>Open an earlier state of this workshop as a copy</source>
        <translation>Otwórz wcześniejszy stan tego warsztatu jako kopię</translation>
    </message>
</context>
<context>
    <name>ReviewWidget</name>
    <message>
        <location filename="../../shoppermap/ui/review_dock.py" line="101"/>
        <source>Critical</source>
        <translation>Krytyczne</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/review_dock.py" line="102"/>
        <source>Needs attention</source>
        <translation>Wymaga uwagi</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/review_dock.py" line="103"/>
        <source>Incomplete</source>
        <translation>Niekompletne</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/review_dock.py" line="119"/>
        <source>No findings: every check of the plan passes.</source>
        <translation>Brak uwag: plan przechodzi wszystkie kontrole.</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/review_dock.py" line="212"/>
        <source>Sales periods</source>
        <translation>Okresy sprzedaży</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/review_dock.py" line="214"/>
        <source>{0} › {1}</source>
        <translation>{0} › {1}</translation>
    </message>
</context>
<context>
    <name>SalesPeriods</name>
    <message>
        <location filename="../../shoppermap/ui/dialogs/sales_periods.py" line="52"/>
        <source>Holiday or season</source>
        <translation>Święto lub sezon</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/dialogs/sales_periods.py" line="53"/>
        <source>Retailer leaflet or campaign</source>
        <translation>Gazetka lub kampania sieci</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/dialogs/sales_periods.py" line="54"/>
        <source>Our own</source>
        <translation>Własny</translation>
    </message>
</context>
<context>
    <name>SalesPeriodsDialog</name>
    <message>
        <location filename="../../shoppermap/ui/dialogs/sales_periods.py" line="68"/>
        <source>Sales Periods</source>
        <translation>Okresy sprzedaży</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/dialogs/sales_periods.py" line="78"/>
        <location filename="../../shoppermap/ui/dialogs/sales_periods.py" line="127"/>
        <source>Name (Polish)</source>
        <translation>Nazwa (po polsku)</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/dialogs/sales_periods.py" line="79"/>
        <location filename="../../shoppermap/ui/dialogs/sales_periods.py" line="128"/>
        <source>Name (English)</source>
        <translation>Nazwa (po angielsku)</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/dialogs/sales_periods.py" line="80"/>
        <source>Start</source>
        <translation>Początek</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/dialogs/sales_periods.py" line="81"/>
        <source>End</source>
        <translation>Koniec</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/dialogs/sales_periods.py" line="82"/>
        <location filename="../../shoppermap/ui/dialogs/sales_periods.py" line="135"/>
        <source>Kind</source>
        <translation>Rodzaj</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/dialogs/sales_periods.py" line="92"/>
        <source>&amp;Add Period</source>
        <translation>&amp;Dodaj okres</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/dialogs/sales_periods.py" line="93"/>
        <source>&amp;Remove</source>
        <translation>&amp;Usuń</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/dialogs/sales_periods.py" line="98"/>
        <source>Year of the presets</source>
        <translation>Rok okresów do wstawienia</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/dialogs/sales_periods.py" line="114"/>
        <source>Has dates</source>
        <translation>Ma daty</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/dialogs/sales_periods.py" line="115"/>
        <source>Periods brought over from older workshops have no dates yet</source>
        <translation>Okresy przeniesione ze starszych warsztatów nie mają jeszcze dat</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/dialogs/sales_periods.py" line="118"/>
        <source>Start date</source>
        <translation>Data początku</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/dialogs/sales_periods.py" line="118"/>
        <source>End date</source>
        <translation>Data końca</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/dialogs/sales_periods.py" line="134"/>
        <source>Dates</source>
        <translation>Daty</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/dialogs/sales_periods.py" line="166"/>
        <source>Set kind of {name}</source>
        <translation>Ustaw rodzaj okresu {name}</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/dialogs/sales_periods.py" line="247"/>
        <source>Add Polish Presets for {year}</source>
        <translation>Dodaj polskie okresy na rok {year}</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/dialogs/sales_periods.py" line="250"/>
        <source>Adds the Polish retail periods of the year with their dates; those already listed are skipped</source>
        <translation>Dodaje polskie okresy handlowe danego roku z ich datami; te, które już są na liście, pomija</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/dialogs/sales_periods.py" line="294"/>
        <source>A sales period needs a name in at least one language.</source>
        <translation>Okres sprzedaży musi mieć nazwę przynajmniej w jednym języku.</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/dialogs/sales_periods.py" line="299"/>
        <source>Rename sales period {name}</source>
        <translation>Zmień nazwę okresu sprzedaży {name}</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/dialogs/sales_periods.py" line="309"/>
        <source>Date sales period {name}</source>
        <translation>Nadaj daty okresowi sprzedaży {name}</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/dialogs/sales_periods.py" line="312"/>
        <source>Remove dates of sales period {name}</source>
        <translation>Usuń daty okresu sprzedaży {name}</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/dialogs/sales_periods.py" line="322"/>
        <source>Move start of sales period {name}</source>
        <translation>Przesuń początek okresu sprzedaży {name}</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/dialogs/sales_periods.py" line="332"/>
        <source>The end date is before the start date ({date}).</source>
        <translation>Data końca jest wcześniejsza niż data początku ({date}).</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/dialogs/sales_periods.py" line="337"/>
        <source>Move end of sales period {name}</source>
        <translation>Przesuń koniec okresu sprzedaży {name}</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/dialogs/sales_periods.py" line="342"/>
        <source>Add sales period</source>
        <translation>Dodaj okres sprzedaży</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/dialogs/sales_periods.py" line="356"/>
        <source>Remove sales period {name}</source>
        <translation>Usuń okres sprzedaży {name}</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/dialogs/sales_periods.py" line="373"/>
        <source>These presets for {year} are already in the list.</source>
        <translation>Te okresy na rok {year} są już na liście.</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/dialogs/sales_periods.py" line="377"/>
        <source>Add sales period {name}</source>
        <translation>Dodaj okres sprzedaży {name}</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/dialogs/sales_periods.py" line="379"/>
        <source>Add {count} Polish sales periods for {year}</source>
        <translation>Dodaj polskie okresy sprzedaży na rok {year} (liczba: {count})</translation>
    </message>
</context>
<context>
    <name>SaveFramework</name>
    <message>
        <location filename="../../shoppermap/ui/dialogs/save_framework.py" line="27"/>
        <location filename="../../shoppermap/ui/dialogs/save_framework.py" line="43"/>
        <location filename="../../shoppermap/ui/dialogs/save_framework.py" line="50"/>
        <source>Save as framework</source>
        <translation>Zapisz jako szablon</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/dialogs/save_framework.py" line="28"/>
        <source>Name of the new framework:</source>
        <translation>Nazwa nowego szablonu:</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/dialogs/save_framework.py" line="44"/>
        <source>Cannot save the framework.

{0}</source>
        <translation>Nie można zapisać szablonu.

{0}</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/dialogs/save_framework.py" line="51"/>
        <source>Saved as framework &apos;{0}&apos; in
{1}</source>
        <translation>Zapisano jako szablon „{0}” w
{1}</translation>
    </message>
</context>
<context>
    <name>ScenarioChecks</name>
    <message>
        <location filename="../../shoppermap/ui/inspector/scenario_checks.py" line="41"/>
        <source>While none is ticked, the action is in every scenario.</source>
        <translation>Gdy żaden nie jest zaznaczony, działanie należy do każdego scenariusza.</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/inspector/scenario_checks.py" line="80"/>
        <source>Add {target} to scenario {scenario}</source>
        <translation>Dodaj szansę {target} do scenariusza {scenario}</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/inspector/scenario_checks.py" line="82"/>
        <source>Take {target} out of scenario {scenario}</source>
        <translation>Usuń szansę {target} ze scenariusza {scenario}</translation>
    </message>
</context>
<context>
    <name>ScenarioComparison</name>
    <message>
        <location filename="../../shoppermap/ui/scenarios_dock.py" line="55"/>
        <source>Scenario</source>
        <translation>Scenariusz</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/scenarios_dock.py" line="56"/>
        <source>Actions</source>
        <translation>Działania</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/scenarios_dock.py" line="57"/>
        <source>Touchpoints</source>
        <translation>Punkty styku</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/scenarios_dock.py" line="58"/>
        <source>Stages</source>
        <translation>Etapy</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/scenarios_dock.py" line="59"/>
        <source>Budget</source>
        <translation>Budżet</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/scenarios_dock.py" line="60"/>
        <source>Incremental sales</source>
        <translation>Sprzedaż przyrostowa</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/scenarios_dock.py" line="61"/>
        <source>Incremental margin</source>
        <translation>Marża przyrostowa</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/scenarios_dock.py" line="62"/>
        <source>ROI</source>
        <translation>ROI</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/scenarios_dock.py" line="85"/>
        <source>pp</source>
        <comment>percentage points</comment>
        <translation>p.p.</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/scenarios_dock.py" line="153"/>
        <source>Edit Scenarios…</source>
        <translation>Edytuj scenariusze…</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/scenarios_dock.py" line="168"/>
        <source>An action in no scenario is in every one. Dropped actions are not counted. ROI = (incremental margin − budget) / budget.</source>
        <translation>Działanie bez scenariusza należy do każdego z nich. Działania porzucone nie są liczone. ROI = (marża przyrostowa − budżet) / budżet.</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/scenarios_dock.py" line="175"/>
        <source>Compared &amp;with:</source>
        <translation>&amp;Porównanie z:</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/scenarios_dock.py" line="234"/>
        <source>{0} ({1})</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/scenarios_dock.py" line="237"/>
        <source>Actions in the scenario, dropped ones left out</source>
        <translation>Działania w scenariuszu, bez porzuconych</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/scenarios_dock.py" line="238"/>
        <source>Cards with at least one action in the scenario, in every journey</source>
        <translation>Karty z co najmniej jednym działaniem w scenariuszu, we wszystkich ścieżkach</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/scenarios_dock.py" line="239"/>
        <source>Stages with at least one action in the scenario, each journey&apos;s counted apart</source>
        <translation>Etapy z co najmniej jednym działaniem w scenariuszu, osobno w każdej ścieżce</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/scenarios_dock.py" line="240"/>
        <source>What the actions cost together</source>
        <translation>Łączny koszt działań</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/scenarios_dock.py" line="241"/>
        <source>(Incremental margin − budget) ÷ budget; empty without a budget or an estimate</source>
        <translation>(Marża przyrostowa − budżet) ÷ budżet; puste bez budżetu lub szacunku</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/scenarios_dock.py" line="261"/>
        <source>Nothing (no differences)</source>
        <translation>Bez porównania</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/scenarios_dock.py" line="261"/>
        <location filename="../../shoppermap/ui/scenarios_dock.py" line="324"/>
        <source>All actions</source>
        <translation>Wszystkie działania</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/scenarios_dock.py" line="297"/>
        <source>reference</source>
        <translation>punkt odniesienia</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/scenarios_dock.py" line="311"/>
        <source>{0}: {1} compared with {2}</source>
        <translation>{0}: {1} w porównaniu z „{2}”</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/scenarios_dock.py" line="365"/>
        <source>Scenarios</source>
        <translation>Scenariusze</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/scenarios_dock.py" line="369"/>
        <source>&amp;Compare Scenarios</source>
        <translation>Po&amp;równaj scenariusze</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/scenarios_dock.py" line="371"/>
        <source>Each scenario&apos;s actions, budget, effect and ROI, side by side</source>
        <translation>Działania, budżet, efekt i ROI każdego scenariusza obok siebie</translation>
    </message>
</context>
<context>
    <name>ScenarioSwitch</name>
    <message>
        <location filename="../../shoppermap/ui/scenario_switch.py" line="33"/>
        <source>Scenario:</source>
        <translation>Scenariusz:</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/scenario_switch.py" line="36"/>
        <source>Show only the actions of one scenario, on the map and in the plan</source>
        <translation>Pokaż tylko działania jednego scenariusza, na mapie i w planie</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/scenario_switch.py" line="69"/>
        <source>All scenarios</source>
        <translation>Wszystkie scenariusze</translation>
    </message>
</context>
<context>
    <name>SessionTimer</name>
    <message>
        <location filename="../../shoppermap/ui/session_timer.py" line="295"/>
        <source>Session &amp;Timer</source>
        <translation>Minu&amp;tnik</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/session_timer.py" line="298"/>
        <source>A countdown over the map for the room&apos;s exercises</source>
        <translation>Odliczanie czasu nad mapą na ćwiczenia zespołu</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/session_timer.py" line="300"/>
        <source>&amp;Start or Pause Timer</source>
        <translation>&amp;Start lub pauza minutnika</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/session_timer.py" line="301"/>
        <source>Add a &amp;Minute</source>
        <translation>Dod&amp;aj minutę</translation>
    </message>
</context>
<context>
    <name>TimerOverlay</name>
    <message>
        <location filename="../../shoppermap/ui/session_timer.py" line="140"/>
        <source>Time&apos;s up</source>
        <translation>Koniec czasu</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/session_timer.py" line="146"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/session_timer.py" line="147"/>
        <source>Minutes to count down</source>
        <translation>Ile minut odliczać</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/session_timer.py" line="150"/>
        <source>+1 min</source>
        <translation>+1 min</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/session_timer.py" line="152"/>
        <source>Reset</source>
        <translation>Od nowa</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/session_timer.py" line="155"/>
        <source>Hide the timer</source>
        <translation>Ukryj minutnik</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/session_timer.py" line="221"/>
        <source>Pause</source>
        <translation>Pauza</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/session_timer.py" line="221"/>
        <source>Start</source>
        <translation>Start</translation>
    </message>
</context>
<context>
    <name>Toolbar</name>
    <message>
        <location filename="../../shoppermap/ui/actions.py" line="132"/>
        <source>New</source>
        <translation>Nowy</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/actions.py" line="133"/>
        <source>Open</source>
        <translation>Otwórz</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/actions.py" line="134"/>
        <source>Undo</source>
        <translation>Cofnij</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/actions.py" line="135"/>
        <source>Redo</source>
        <translation>Ponów</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/actions.py" line="136"/>
        <source>Add card</source>
        <translation>Dodaj kartę</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/actions.py" line="137"/>
        <source>Delete</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/actions.py" line="138"/>
        <source>Zoom out</source>
        <translation>Pomniejsz</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/actions.py" line="139"/>
        <source>Zoom in</source>
        <translation>Powiększ</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/actions.py" line="140"/>
        <source>Fit</source>
        <translation>Dopasuj</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/actions.py" line="141"/>
        <source>Present</source>
        <translation>Prezentacja</translation>
    </message>
</context>
<context>
    <name>UnsavedBanner</name>
    <message>
        <location filename="../../shoppermap/ui/unsaved_banner.py" line="24"/>
        <source>Retry</source>
        <translation>Ponów</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/unsaved_banner.py" line="25"/>
        <source>Save a Copy As…</source>
        <translation>Zapisz kopię jako…</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/unsaved_banner.py" line="45"/>
        <source>Changes kept only in this window: {0}</source>
        <translation>Zmiany zachowane tylko w tym oknie: {0}</translation>
    </message>
</context>
<context>
    <name>Votes</name>
    <message>
        <location filename="../../shoppermap/ui/votes.py" line="44"/>
        <source>Add a vote to {0} cards</source>
        <translation>Dodaj głos na {0} kartach</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/votes.py" line="45"/>
        <source>Remove a vote from {0} cards</source>
        <translation>Odejmij głos na {0} kartach</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/votes.py" line="48"/>
        <source>Add a vote to {0} actions</source>
        <translation>Dodaj głos na {0} działaniach</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/votes.py" line="49"/>
        <source>Remove a vote from {0} actions</source>
        <translation>Odejmij głos na {0} działaniach</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/votes.py" line="51"/>
        <source>Add a vote to {0}</source>
        <translation>Dodaj głos: {0}</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/votes.py" line="52"/>
        <source>Remove a vote from {0}</source>
        <translation>Odejmij głos: {0}</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/votes.py" line="78"/>
        <source>Remove a vote</source>
        <translation>Odejmij głos</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/votes.py" line="82"/>
        <source>Add a vote</source>
        <translation>Dodaj głos</translation>
    </message>
</context>
<context>
    <name>Walk</name>
    <message>
        <location filename="../../shoppermap/ui/walk.py" line="36"/>
        <source>Journey walk</source>
        <translation>Przejście ścieżki</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/walk.py" line="65"/>
        <source>&amp;Walk the Journey</source>
        <translation>Przejdź ścieżkę &amp;krok po kroku</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/walk.py" line="68"/>
        <source>Phase by phase, ask the method&apos;s questions at every touchpoint</source>
        <translation>Faza po fazie: zadawaj pytania metody przy każdym punkcie styku</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/walk.py" line="70"/>
        <source>Ne&amp;xt Phase</source>
        <translation>Na&amp;stępna faza</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/walk.py" line="71"/>
        <source>Pre&amp;vious Phase</source>
        <translation>Poprzedn&amp;ia faza</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/walk.py" line="72"/>
        <source>Mar&amp;k Phase as Walked</source>
        <translation>&amp;Zaznacz fazę jako omówioną</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/walk.py" line="142"/>
        <source>The walk is over: {0}.</source>
        <translation>Przejście ścieżki zakończone: {0}.</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/walk.py" line="162"/>
        <source>Mark {0} Walked</source>
        <translation>Oznacz {0} jako omówioną</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/walk.py" line="164"/>
        <source>Unmark {0} Walked</source>
        <translation>Cofnij oznaczenie {0} jako omówionej</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/walk.py" line="190"/>
        <source>POS actions: {0}</source>
        <translation>działania POS: {0}</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/walk_panel.py" line="23"/>
        <source>How can this touchpoint build our sales?</source>
        <translation>Jak ten punkt styku może budować naszą sprzedaż?</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/walk_panel.py" line="24"/>
        <source>Where do we miss the shopper here?</source>
        <translation>Gdzie tu nie docieramy do shoppera?</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/walk_panel.py" line="25"/>
        <source>Where does a competitor take the shopper&apos;s attention?</source>
        <translation>Gdzie konkurencja przejmuje tu uwagę shoppera?</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/walk_panel.py" line="26"/>
        <source>What can we start now?</source>
        <translation>Co możemy zacząć od razu?</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/walk_panel.py" line="32"/>
        <source>{0} of {1} phases walked</source>
        <translation>Omówione fazy: {0} z {1}</translation>
    </message>
</context>
<context>
    <name>WalkPanel</name>
    <message>
        <location filename="../../shoppermap/ui/walk_panel.py" line="69"/>
        <source>Walked</source>
        <translation>Omówiona</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/walk_panel.py" line="71"/>
        <source>◀ Previous</source>
        <translation>◀ Poprzednia</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/walk_panel.py" line="72"/>
        <location filename="../../shoppermap/ui/walk_panel.py" line="132"/>
        <source>Next ▶</source>
        <translation>Następna ▶</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/walk_panel.py" line="73"/>
        <source>End Walk</source>
        <translation>Zakończ przejście</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/walk_panel.py" line="121"/>
        <source>Phase {0} of {1}</source>
        <translation>Faza {0} z {1}</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/walk_panel.py" line="126"/>
        <source>Touchpoints ({0})</source>
        <translation>Punkty styku ({0})</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/walk_panel.py" line="132"/>
        <source>Finish ✔</source>
        <translation>Zakończ ✔</translation>
    </message>
</context>
<context>
    <name>Welcome</name>
    <message>
        <location filename="../../shoppermap/ui/dialogs/welcome.py" line="150"/>
        <source>New workshop saved as {0}</source>
        <translation>Nowy warsztat zapisano jako {0}</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/dialogs/welcome.py" line="165"/>
        <source>Sample workshop - Crunchy</source>
        <translation>Przykładowy warsztat - Crunchy</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/dialogs/welcome.py" line="160"/>
        <source>Cannot open the sample workshop.

{0}</source>
        <translation>Nie można otworzyć przykładowego warsztatu.

{0}</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/dialogs/welcome.py" line="169"/>
        <source>The sample workshop was copied to {0}</source>
        <translation>Przykładowy warsztat skopiowano do {0}</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/dialogs/welcome.py" line="224"/>
        <source>&amp;Welcome…</source>
        <translation>&amp;Ekran powitalny…</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/dialogs/welcome.py" line="227"/>
        <source>Start a workshop from a framework, open one, or open the sample workshop</source>
        <translation>Rozpocznij warsztat od szablonu, otwórz istniejący lub przykładowy</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <location filename="../../shoppermap/ui/dialogs/welcome.py" line="56"/>
        <source>Welcome to ShopperMap</source>
        <translation>Witaj w ShopperMap</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/dialogs/welcome.py" line="65"/>
        <source>Map where shoppers meet your brand, mark the opportunities and the places where competitors win, and take an action plan to the buyer. How would you like to start?</source>
        <translation>Zmapuj, gdzie shopperzy spotykają Twoją markę, zaznacz szanse i miejsca, w których wygrywa konkurencja, a potem zabierz plan działań na spotkanie z kupcem. Od czego chcesz zacząć?</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/dialogs/welcome.py" line="77"/>
        <source>Start from the shopper-journey framework</source>
        <translation>Zacznij od szablonu ścieżki zakupowej shoppera</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/dialogs/welcome.py" line="79"/>
        <source>Four stages from the leaflet at home to the review after the visit, 92 touchpoints.</source>
        <translation>Cztery etapy – od gazetki w domu po opinię po wizycie – i 92 punkty styku.</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/dialogs/welcome.py" line="84"/>
        <source>Start from the customer journey</source>
        <translation>Zacznij od mapy podróży klienta</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/dialogs/welcome.py" line="85"/>
        <source>The classic map: awareness, consideration, decision, purchase, loyalty.</source>
        <translation>Klasyczna mapa: świadomość, rozważanie, decyzja, zakup, lojalność.</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/dialogs/welcome.py" line="89"/>
        <source>Open an existing workshop…</source>
        <translation>Otwórz istniejący warsztat…</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/dialogs/welcome.py" line="90"/>
        <source>A .shoppermap file from this computer, a shared drive or a USB stick.</source>
        <translation>Plik .shoppermap z tego komputera, dysku sieciowego lub pendrive’a.</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/dialogs/welcome.py" line="94"/>
        <source>Open the sample workshop</source>
        <translation>Otwórz przykładowy warsztat</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/dialogs/welcome.py" line="96"/>
        <source>A snack brand in a hypermarket chain, fully annotated; a copy goes to your documents.</source>
        <translation>Marka przekąsek w sieci hipermarketów, w pełni opisana; kopia trafi do Twoich dokumentów.</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/dialogs/welcome.py" line="112"/>
        <source>This framework is not installed.</source>
        <translation>Tego szablonu nie ma na tym komputerze.</translation>
    </message>
</context>
<context>
    <name>WorkshopDetailsDialog</name>
    <message>
        <location filename="../../shoppermap/ui/dialogs/workshop_details.py" line="42"/>
        <source>Workshop details</source>
        <translation>Szczegóły warsztatu</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/dialogs/workshop_details.py" line="50"/>
        <source>e.g. Crunchy snacks × hypermarket, spring 2027</source>
        <translation>np. Chrupiące przekąski × hipermarket, wiosna 2027</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/dialogs/workshop_details.py" line="51"/>
        <source>the producer, e.g. Chrupki Polska</source>
        <translation>producent, np. Chrupki Polska</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/dialogs/workshop_details.py" line="52"/>
        <source>e.g. Carrefour, Żabka</source>
        <translation>np. Carrefour, Żabka</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/dialogs/workshop_details.py" line="60"/>
        <source>names or teams, one per line</source>
        <translation>osoby lub zespoły, po jednym w wierszu</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/dialogs/workshop_details.py" line="61"/>
        <source>Held on</source>
        <translation>W dniu</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/dialogs/workshop_details.py" line="85"/>
        <source>Title:</source>
        <translation>Tytuł:</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/dialogs/workshop_details.py" line="86"/>
        <source>Client:</source>
        <translation>Klient:</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/dialogs/workshop_details.py" line="87"/>
        <source>Retailer:</source>
        <translation>Sieć handlowa:</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/dialogs/workshop_details.py" line="88"/>
        <source>Category:</source>
        <translation>Kategoria:</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/dialogs/workshop_details.py" line="89"/>
        <source>Channel:</source>
        <translation>Kanał:</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/dialogs/workshop_details.py" line="90"/>
        <source>Date:</source>
        <translation>Data:</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/dialogs/workshop_details.py" line="91"/>
        <source>Facilitator:</source>
        <translation>Prowadzący:</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/dialogs/workshop_details.py" line="92"/>
        <source>Participants:</source>
        <translation>Uczestnicy:</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/dialogs/workshop_details.py" line="93"/>
        <source>Currency:</source>
        <translation>Waluta:</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/dialogs/workshop_details.py" line="94"/>
        <source>Notes:</source>
        <translation>Notatki:</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/dialogs/workshop_details.py" line="118"/>
        <source>The currency is a three-letter code such as PLN or EUR.</source>
        <translation>Waluta to trzyliterowy kod, np. PLN lub EUR.</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/dialogs/workshop_details.py" line="136"/>
        <source>Change workshop details</source>
        <translation>Zmiana szczegółów warsztatu</translation>
    </message>
</context>
<context>
    <name>WorkshopLockedDialog</name>
    <message>
        <location filename="../../shoppermap/ui/dialogs/workshop_locked.py" line="49"/>
        <source>today at {0}</source>
        <translation>{0} dzisiaj</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/dialogs/workshop_locked.py" line="65"/>
        <source>ShopperMap cannot tell from here whether the workshop is still open on that computer. If ShopperMap stopped there without closing it, you can take it over.</source>
        <translation>ShopperMap nie może stąd sprawdzić, czy warsztat jest wciąż otwarty na tamtym komputerze. Jeśli ShopperMap przestał tam działać bez zamknięcia warsztatu, możesz go przejąć.</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/dialogs/workshop_locked.py" line="70"/>
        <source>You can open it read-only, or open a copy of it to edit.</source>
        <translation>Możesz otworzyć go tylko do odczytu albo otworzyć jego kopię do edycji.</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/dialogs/workshop_locked.py" line="71"/>
        <source>Open &amp;Read-Only</source>
        <translation>Otwórz &amp;tylko do odczytu</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/dialogs/workshop_locked.py" line="72"/>
        <source>Open a &amp;Copy…</source>
        <translation>Otwórz &amp;kopię…</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/dialogs/workshop_locked.py" line="76"/>
        <source>&amp;Take Over…</source>
        <translation>&amp;Przejmij…</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/dialogs/workshop_locked.py" line="85"/>
        <source>“{0}” is already open in another ShopperMap window.</source>
        <translation>Plik „{0}” jest już otwarty w innym oknie ShopperMap.</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/dialogs/workshop_locked.py" line="87"/>
        <source>“{0}” is being opened by another ShopperMap right now.</source>
        <translation>Plik „{0}” jest właśnie otwierany przez inny ShopperMap.</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/dialogs/workshop_locked.py" line="90"/>
        <source>“{0}” is being edited by {1} on the computer “{2}” since {3}.</source>
        <translation>Plik „{0}” edytuje {1} na komputerze „{2}” od {3}.</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/dialogs/workshop_locked.py" line="93"/>
        <source>“{0}” is being edited on the computer “{1}” since {2}.</source>
        <translation>Plik „{0}” jest edytowany na komputerze „{1}” od {2}.</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/dialogs/workshop_locked.py" line="116"/>
        <source>Take over “{0}” from {1} on “{2}”?</source>
        <translation>Przejąć plik „{0}” od użytkownika {1} z komputera „{2}”?</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/dialogs/workshop_locked.py" line="120"/>
        <source>Take over “{0}” on “{1}”?</source>
        <translation>Przejąć plik „{0}” z komputera „{1}”?</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/dialogs/workshop_locked.py" line="123"/>
        <source>Do this only if ShopperMap no longer runs there. If it still does, you would both change the same file, and one of you would overwrite the other&apos;s work.</source>
        <translation>Zrób to tylko wtedy, gdy ShopperMap już tam nie działa. Jeśli wciąż działa, oba komputery zmieniałyby ten sam plik i zmiany z jednego nadpisałyby pracę wykonaną na drugim.</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/dialogs/workshop_locked.py" line="130"/>
        <source>&amp;Take Over</source>
        <translation>&amp;Przejmij</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/dialogs/workshop_locked.py" line="174"/>
        <source>Open a copy</source>
        <translation>Otwórz kopię</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/dialogs/workshop_locked.py" line="197"/>
        <source>Opened read-only: the disk holding this workshop is full.</source>
        <translation>Otwarto tylko do odczytu: dysk z tym warsztatem jest pełny.</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/dialogs/workshop_locked.py" line="199"/>
        <source>Opened read-only: this workshop&apos;s folder cannot be written (read-only or no permission).</source>
        <translation>Otwarto tylko do odczytu: w folderze tego warsztatu nie można zapisywać (tylko do odczytu lub brak uprawnień).</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/dialogs/workshop_locked.py" line="204"/>
        <source>Opened read-only: {0}</source>
        <translation>Otwarto tylko do odczytu: {0}</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/dialogs/workshop_locked.py" line="206"/>
        <source>No backup copy could be made: the disk holding ShopperMap&apos;s user folder is full.</source>
        <translation>Nie udało się zrobić kopii zapasowej: dysk z folderem użytkownika ShopperMap jest pełny.</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/dialogs/workshop_locked.py" line="211"/>
        <source>No backup copy could be made: ShopperMap&apos;s user folder cannot be written.</source>
        <translation>Nie udało się zrobić kopii zapasowej: w folderze użytkownika ShopperMap nie można zapisywać.</translation>
    </message>
    <message>
        <location filename="../../shoppermap/ui/dialogs/workshop_locked.py" line="216"/>
        <source>No backup copy could be made: {0}</source>
        <translation>Nie udało się zrobić kopii zapasowej: {0}</translation>
    </message>
</context>
</TS>
