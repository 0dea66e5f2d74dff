/**
 * Polish search thesaurus for PIPs and working life. Each line groups words and phrases Polish
 * readers use for one thing, so a search with one of them also finds questions using another.
 * There is no Polish stemmer, so the cases and verb forms readers commonly type are listed too.
 */
export default `
pip, plan naprawczy, planu naprawczego, planie naprawczym, planem naprawczym, plan poprawy wyników, planu poprawy wyników, plan poprawy, planu poprawy, plan poprawy efektywności
szef, szefa, szefem, szefowi, szefie, szefowa, szefowej, przełożony, przełożonego, przełożonym, przełożona, przełożonej, kierownik, manager, boss
kierownik, kierownika, kierownikiem, kierowniczka, menedżer, menedżera, menadżer, manager, managera, szef, przełożony
team leader, teamleader, lider zespołu, lidera zespołu, liderem zespołu
współpracownik, współpracownika, współpracownicy, współpracowników, kolega z pracy, koleżanka z pracy, koledzy z pracy, kolegów z pracy
pracownik, pracownika, pracownikiem, pracownicy, pracowników, zatrudniony, zatrudniona
pracodawca, pracodawcy, pracodawcę, firma, firmy, firmie, zakład pracy
hr, kadry, kadrach, dział kadr, działu kadr, dział hr, działu hr, dział personalny, kadrowa, kadrowej, hrówka
hrbp, hr business partner, hr biznes partner
związek zawodowy, związku zawodowego, związki zawodowe, związkowcy, związkowiec
ocena okresowa, oceny okresowej, ocenę okresową, ocena roczna, oceny rocznej, ocena pracownicza, ocena pracy, ocena wyników, performance review
ocena, oceny, ocenę, rating, ratingu
rozmowa oceniająca, rozmowy oceniającej, rozmowa roczna, rozmowy rocznej, rozmowa okresowa
feedback, feedbacku, informacja zwrotna, informacji zwrotnej, informację zwrotną, uwagi
cel, cele, celu, celów, target, targetu, targety
kpi, kpis, wskaźnik efektywności, wskaźniki efektywności, wskaźników efektywności, kluczowe wskaźniki efektywności
okr, okry, cele i kluczowe rezultaty
wyniki, wyników, wynikach, wydajność, wydajności, efektywność, efektywności
słabe wyniki, słabych wyników, niskie wyniki, niskich wyników, niezadowalające wyniki, niezadowalających wyników
ostrzeżenie, ostrzeżenia, upomnienie, upomnienia, upomnienie na piśmie
nagana, nagany, naganę, kara porządkowa, kary porządkowej, karę porządkową, upomnienie
okres próbny, okresu próbnego, okresie próbnym, umowa na okres próbny, umowy na okres próbny
dowód, dowody, dowodów, dowodami, materiał dowodowy, materiały dowodowe
dokumentacja, dokumentacji, notatki, notatka, notatek, zapiski
nagranie, nagrania, nagrywanie, nagrywać, nagrać, dyktafon
spotkanie, spotkania, spotkaniu, spotkaniem, zebranie, zebrania, zebraniu, meeting, mityng
rozmowa indywidualna, rozmowy indywidualnej, jeden na jeden, one to one, one on one, 1on1
zwolnienie, zwolnienia, zwolnieniu, zwolnieniem, zwolnienie z pracy, zwolniony, zwolniona, zwolnili, zwolnić, zwolnią, wyrzucenie, wyrzucony, wyrzucona, wyrzucili, wywalony, wywalili
zwolnienie dyscyplinarne, zwolnienia dyscyplinarnego, dyscyplinarka, dyscyplinarki, dyscyplinarnie, rozwiązanie umowy bez wypowiedzenia
wypowiedzenie, wypowiedzenia, wypowiedzeniu, wypowiedzenie umowy, wypowiedzenia umowy
okres wypowiedzenia, okresu wypowiedzenia, okresie wypowiedzenia
zwolnienia grupowe, zwolnień grupowych, redukcja etatów, redukcji etatów, cięcia etatów, zwolnienia masowe, layoffy
rezygnacja, rezygnacji, zrezygnować, odejście z pracy, odejść z pracy, złożyć wypowiedzenie, złożenie wypowiedzenia, rzucić pracę, rzuciłem pracę, rzuciłam pracę
porozumienie stron, porozumienia stron, porozumieniem stron, za porozumieniem
odprawa, odprawy, odprawę, odprawa pieniężna
odszkodowanie, odszkodowania, odszkodowaniem, rekompensata, rekompensaty
zasiłek dla bezrobotnych, zasiłku dla bezrobotnych, zasiłek dla bezrobotnego, kuroniówka
bezrobocie, bezrobotny, bezrobotna, bez pracy
urząd pracy, urzędu pracy, urzędzie pracy, pup, pośredniak
wynagrodzenie, wynagrodzenia, wynagrodzeniu, pensja, pensji, pensję, wypłata, wypłaty, wypłatę, pobory, zarobki
podwyżka, podwyżki, podwyżkę, podwyżce, podniesienie pensji, podwyżka wynagrodzenia
obniżka pensji, obniżka wynagrodzenia, obniżenie wynagrodzenia, obniżki wynagrodzenia, cięcie pensji, obcięcie pensji
premia, premii, premie, bonus, bonusu, bonusy
emerytura, emerytury, emeryturę, świadczenie emerytalne
ppk, pracownicze plany kapitałowe, pracowniczy plan kapitałowy, ppe
zus, zusu, zakład ubezpieczeń społecznych, ubezpieczenie społeczne, składki zus
ubezpieczenie zdrowotne, ubezpieczenia zdrowotnego, nfz
pakiet medyczny, pakietu medycznego, prywatna opieka medyczna, opieka medyczna
urlop, urlopu, urlopie, urlop wypoczynkowy, urlopu wypoczynkowego, dni urlopu
zwolnienie lekarskie, zwolnienia lekarskiego, zwolnieniu lekarskim, zwolnienie chorobowe, l4, chorobowe, chorobowego, na chorobowym
zasiłek chorobowy, zasiłku chorobowego, wynagrodzenie chorobowe
urlop macierzyński, urlopu macierzyńskiego, macierzyński, macierzyńskim
urlop rodzicielski, urlopu rodzicielskiego, rodzicielski, rodzicielskim
urlop ojcowski, urlopu ojcowskiego, ojcowski, ojcowskim
urlop wychowawczy, urlopu wychowawczego, wychowawczy, wychowawczym
wiza pracownicza, wizy pracowniczej, zezwolenie na pracę, zezwolenia na pracę, pozwolenie na pracę, karta pobytu, karty pobytu
stres, stresu, stresem, zestresowany, zestresowana, presja, presji
wypalenie zawodowe, wypalenia zawodowego, wypalenie, wypalony, wypalona, burnout
depresja, depresji, depresję, przygnębienie, przygnębiony, przygnębiona
lęk, lęki, stany lękowe, zaburzenia lękowe, nerwica, nerwicy
zdrowie psychiczne, zdrowia psychicznego, kondycja psychiczna, psychika
psycholog, psychologa, psychoterapeuta, psychoterapeuty, psychoterapia, terapia, terapii
mobbing, mobbingu, mobbingiem, mobber, mobbera, nękanie, nękania, gnębienie
molestowanie, molestowania, molestowanie seksualne, molestowania seksualnego, molestowanie w pracy
dyskryminacja, dyskryminacji, dyskryminowany, dyskryminowana, nierówne traktowanie, nierównego traktowania
praca zdalna, pracy zdalnej, zdalnie, home office, homeoffice, praca z domu, pracy z domu, wfh
zmiana pracy, zmiany pracy, zmienić pracę, zmiana pracodawcy
szukanie pracy, poszukiwanie pracy, poszukiwania pracy, szukam pracy, szukać pracy
rozmowa kwalifikacyjna, rozmowy kwalifikacyjnej, rozmowie kwalifikacyjnej, rozmowa o pracę, rozmowy o pracę
cv, życiorys, curriculum vitae, resume
oferta pracy, oferty pracy, ofertę pracy, oferta zatrudnienia, propozycja pracy, offer
świadectwo pracy, świadectwa pracy, świadectwie pracy
awans, awansu, awansować, awansował, awansowała
degradacja, degradacji, zdegradowany, zdegradowana, obniżenie stanowiska, przeniesienie na niższe stanowisko
przeniesienie, przeniesienie na inne stanowisko, zmiana stanowiska, zmiany stanowiska
szkolenie, szkolenia, szkoleniu, szkoleń
nadgodziny, nadgodzin, nadgodzinach, praca w nadgodzinach, godziny nadliczbowe, godzin nadliczbowych
umowa o pracę, umowy o pracę, umowie o pracę, etat, etatu, na etacie
b2b, kontrakt b2b, jdg, jednoosobowa działalność, samozatrudnienie
umowa zlecenie, umowy zlecenia, umowa cywilnoprawna, śmieciówka
kodeks pracy, kodeksu pracy, prawo pracy, prawa pracy
prawnik, prawnika, prawnikiem, adwokat, adwokata, radca prawny, radcy prawnego, mecenas
państwowa inspekcja pracy, inspekcja pracy, inspekcji pracy, inspektor pracy, inspektora pracy
sąd pracy, sądu pracy, sądzie pracy
pozew, pozwu, pozwać, pozwać pracodawcę, sprawa sądowa, proces sądowy
mediacja, mediacji, mediacje, mediator
ugoda, ugody, ugodę, ugodowo
skarga, skargi, skargę, zażalenie, zażalenia
odwołanie, odwołania, odwołać się, sprzeciw, sprzeciwu
`;
