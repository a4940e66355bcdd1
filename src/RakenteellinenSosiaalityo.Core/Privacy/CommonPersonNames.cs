namespace RakenteellinenSosiaalityo.Core.Privacy;

/// <summary>
/// The built-in name lists behind <see cref="PersonNames.Common"/>: first names and surnames common in Finland, in
/// Finnish and in Swedish, across generations.
/// </summary>
internal static class CommonPersonNames
{
    /// <summary>Common first names, women's and men's, Finnish and Swedish.</summary>
    public static readonly string[] FirstNames =
    [
        // Finnish, men
        "Aapo", "Aarne", "Aaro", "Aatu", "Aki", "Aleksi", "Ari", "Armas", "Arto", "Arttu", "Asko", "Eemeli", "Eero",
        "Eetu", "Eino", "Elias", "Erkki", "Esa", "Esko", "Hannu", "Harri", "Heikki", "Ilkka", "Ilmari", "Jaakko",
        "Jani", "Janne", "Jari", "Jarmo", "Jesse", "Joel", "Joni", "Joona", "Joonas", "Jorma", "Jouko", "Juha",
        "Juhani", "Juho", "Jukka", "Jussi", "Jyrki", "Kai", "Kalervo", "Kalevi", "Kalle", "Kari", "Kauko", "Keijo",
        "Kimmo", "Lasse", "Lauri", "Leevi", "Markku", "Marko", "Matias", "Matti", "Mika", "Mikko", "Niilo", "Niko",
        "Olavi", "Olli", "Onni", "Oskari", "Pasi", "Pekka", "Pentti", "Pertti", "Petri", "Petteri", "Raimo", "Reijo",
        "Risto", "Sami", "Santeri", "Seppo", "Simo", "Tapani", "Tapio", "Teemu", "Tero", "Timo", "Tommi", "Toni",
        "Topias", "Tuomas", "Tuomo", "Unto", "Urho", "Valtteri", "Veikko", "Veli", "Vesa", "Vilho", "Ville", "Väinö",
        "Yrjö",

        // Finnish, women
        "Aada", "Aila", "Aino", "Airi", "Anja", "Anna", "Anne", "Anneli", "Annika", "Anu", "Eeva", "Eevi", "Eija",
        "Eila", "Elina", "Ella", "Elli", "Emilia", "Emma", "Enni", "Hanna", "Heidi", "Heli", "Helena", "Helmi",
        "Henna", "Hilkka", "Iida", "Iines", "Inkeri", "Irja", "Irma", "Jaana", "Jenna", "Jenni", "Johanna", "Kaarina",
        "Kaija", "Kaisa", "Katja", "Kirsi", "Krista", "Kristiina", "Laura", "Leena", "Liisa", "Lilja", "Maarit",
        "Maija", "Marja", "Marjatta", "Marketta", "Mari", "Merja", "Mervi", "Milla", "Minna", "Niina", "Noora",
        "Outi", "Paula", "Pihla", "Pirjo", "Päivi", "Raija", "Raili", "Riikka", "Riitta", "Ritva", "Salla", "Sanna",
        "Sari", "Satu", "Seija", "Siiri", "Sirkka", "Sirpa", "Susanna", "Suvi", "Terhi", "Terttu", "Tiina", "Tuija",
        "Tuula", "Tuuli", "Ulla", "Veera", "Venla", "Virpi",

        // Swedish and international, used in Finland
        "Alexander", "Alice", "Alva", "Anders", "Anton", "Astrid", "Axel", "Bengt", "Birgitta", "Björn", "Camilla",
        "Christer", "Daniel", "David", "Ebba", "Elin", "Elisabeth", "Ellen", "Emil", "Erik", "Eva", "Fredrik",
        "Gunilla", "Gustav", "Göran", "Henrik", "Hugo", "Ingrid", "Jan", "Johan", "Johannes", "Jonas", "Julia",
        "Karin", "Karl", "Kristian", "Kristina", "Lars", "Leo", "Linnea", "Magnus", "Maja", "Malin", "Margareta",
        "Maria", "Marianne", "Mats", "Mikael", "Nils", "Olivia", "Oliver", "Oskar", "Patrik", "Per", "Peter",
        "Rasmus", "Sara", "Sebastian", "Selma", "Signe", "Sofia", "Stefan", "Stina", "Thomas", "Ulf", "Vera",
        "Viktor", "Wilma",
    ];

    /// <summary>Common surnames, Finnish and Swedish.</summary>
    public static readonly string[] Surnames =
    [
        // Finnish
        "Aaltonen", "Ahonen", "Anttila", "Eskola", "Hakala", "Halonen", "Heikkilä", "Heikkinen", "Heino", "Heinonen",
        "Hiltunen", "Hirvonen", "Hyvönen", "Hämäläinen", "Jokinen", "Juntunen", "Järvinen", "Kallio", "Karjalainen",
        "Kettunen", "Kinnunen", "Koivisto", "Koskinen", "Korhonen", "Koski", "Laaksonen", "Lahtinen", "Laine",
        "Laitinen", "Lappalainen", "Lehtinen", "Lehto", "Lehtonen", "Leinonen", "Leppänen", "Lindholm", "Manninen",
        "Mattila", "Miettinen", "Mustonen", "Mäkelä", "Mäki", "Mäkinen", "Niemi", "Nieminen", "Nurmi", "Ojala",
        "Pelkonen", "Peltonen", "Pitkänen", "Rantanen", "Räsänen", "Saarinen", "Salminen", "Salo", "Salonen",
        "Savolainen", "Seppälä", "Tuominen", "Turunen", "Vainio", "Virtanen", "Väisänen", "Ylönen",

        // Swedish
        "Andersson", "Backman", "Berg", "Björklund", "Ek", "Engström", "Eriksson", "Forsman", "Grönroos", "Gustafsson",
        "Holm", "Holmberg", "Holmström", "Johansson", "Karlsson", "Lindberg", "Lindqvist", "Lindroos", "Lindström",
        "Lund", "Lundberg", "Lundqvist", "Nilsson", "Nyberg", "Nyman", "Nyström", "Sjöberg", "Strömberg", "Sundström",
        "Wikström", "Öhman",
    ];
}
