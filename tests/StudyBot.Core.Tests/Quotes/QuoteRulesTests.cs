using StudyBot.Core.Corpus;
using StudyBot.Core.Quotes;

namespace StudyBot.Core.Tests.Quotes;

public sealed class QuoteRulesTests
{
    [Theory]
    [InlineData("This was the final straw for the workers.", "en")]
    [InlineData("However, workers have conventionally been the strongest at places of production.", "en")]
    [InlineData("They used to share their problems with their co-workers.", "en")]
    [InlineData("In response to this, the former members of the committee formed the opposition.", "en")]
    [InlineData("At that time, the majority of trade unions believed in the end of hostilities.", "en")]
    [InlineData("Hij beweert immers dat de USSR de erfgenaam is.", "nl")]
    [InlineData("Maar voor de arbeiders hield de Oktoberrevolutie de belofte in van een nieuwe wereld.", "nl")]
    [InlineData("Dit was geen ijle droom.", "nl")]
    [InlineData("Apparently, it was not easy for the party.", "en")]
    [InlineData("Pushing away from these positions all national democrats.", "en")]
    [InlineData("Verder in deze tekst komen wij terug op een aantal fouten.", "nl")]
    [InlineData("Behind the door is the Provisional Government: thirteen wretched, trembling gentlemen.", "en")]
    [InlineData("Het vormde de objectieve basis voor de grote leugen dat stalinisme gelijk is aan communisme.", "nl")]
    [InlineData("One detail more on the organization of the attack.", "en")]
    [InlineData("The whole further Movement activity was taking place exclusively under the red banner.", "en")]
    [InlineData("A criminal case was filed against M.Ismailov for the organisation of that action and he was imprisoned.", "en")]
    [InlineData("Birleşik-Metal, a rival trade union, has been trying to unionize at the plant as well.", "en")]
    [InlineData("The immediate cause of its meeting was fairly trivial.", "en")]
    [InlineData("In the adjoining areas of the city, normal traffic had not been interrupted.", "en")]
    [InlineData("The size of the action and passions around it were so powerful that the buildings were nearly assaulted.", "en")]
    [InlineData("The resolution put an end to the aspirations of the Workers' Opposition and the Democratic Centralists.", "en")]
    [InlineData("Since then the authorities started open repressions aiming at a destruction of the RDKS.", "en")]
    [InlineData("The superb organization of the rising is clearly demonstrated here.", "en")]
    [InlineData("Kollontai later became an important diplomat and Shlyapnikov wrote memoirs.", "en")]
    [InlineData("For years the Comintern did not become disinterested on the issue.", "en")]
    [InlineData("The news on the victory echoed all around the republic.", "en")]
    [InlineData("Today, on the contrary, scores of workers are employed at places where services are provided.", "en")]
    [InlineData("Het was een voorspel van wat Marx het einde van de prehistorie noemde.", "nl")]
    [InlineData("From then on, the insurrection was, as it were, latent.", "en")]
    [InlineData("In the morning while trying to clock-in the 23 were denied entry to the site.", "en")]
    [InlineData("Het was een moment van grote strijd in heel Europa.", "nl")]
    [InlineData("Het stemde overeen met de groeiende invloed van de bolsjewieken binnen de sovjets.", "nl")]
    [InlineData("Zoals Lenin bitter vaststelde in 1922, was het zoals een voertuig dat ontsnapte aan de controle van de bestuurder.", "nl")]
    [InlineData("Na de nederlaag in Duitsland, zette hij de strijd voort in Moskou.", "nl")]
    [InlineData("In Rusland was de meerderheid van de bolsjewistische partij echter nog niet in staat te breken met het idee.", "nl")]
    [InlineData("Dit is echter geen reden om de strijd op te geven.", "nl")]
    [InlineData("The committee, however, decided to convene an extraordinary party conference.", "en")]
    [InlineData("In addition, a desire was expressed to send agitators to the province.", "en")]
    [InlineData("The Mensheviks succeeded in having it postponed.", "en")]
    [InlineData("The Mensheviks succeeded in having it postponed until the 25th, thus gaining a respite of ten days.", "en")]
    [InlineData("De bewegingen van de arbeidersklasse in de jaren 1970 en 1980 hadden toch een veelbetekenende impact op de maatschappij.", "nl")]
    [InlineData("In de jaren 1970 en 1980 daarentegen betekende de weigering van de arbeidersklasse een rem op de oorlog.", "nl")]
    [InlineData("Other prominent members included Sergei Medvedev and Mikhail Vladimirov.", "en")]
    [InlineData("A more motley picture was observed at the county and district meetings.", "en")]
    [InlineData("Het is de laatste en beste hoop voor de mensheid, die geconfronteerd wordt met een sociaal systeem in volle ontbinding.", "nl")]
    [InlineData("In response the Workers Movement called Almaty people to come out to the streets.", "en")]
    [InlineData("As a result, the leaders of the protest were all sacked by their employers.", "en")]
    [InlineData("It is a sign that the workers have run out of patience with the union.", "en")]
    [InlineData("It was true.", "en")]
    [InlineData("Verder kunnen wij wijzen op het toenemende globale bestaan van de arbeidersklasse.", "nl")]
    [InlineData("The Comintern did not become disinterested on the issue in subsequent years.", "en")]
    [InlineData("The protest, which took place in front of the management offices of the factory, was the final straw for workers.", "en")]
    [InlineData("Several methods to spread through the workplace were also addressed.", "en")]
    [InlineData("Wat de democratische landen van het Westen betreft zal er ook een verwarrend mengsel van analyses opgedist worden.", "nl")]
    [InlineData("Once the strongholds of the Mensheviks and the S-Rs, they are becoming Bolshevized.", "en")]
    [InlineData("The meeting gathered around 30,000 people, which was quite big for a 1.5 million city.", "en")]
    [InlineData("Alexandra Kollontai, the famous socialist feminist, was the group's mentor and advocate.", "en")]
    [InlineData("Het was een moment dat het einde van de periode van contrarevolutie markeerde.", "nl")]
    [InlineData("It is sufficient to recall the several years after the October Revolution to see that.", "en")]
    [InlineData("It is what the workers actually want, however confusedly.", "en")]
    [InlineData("After the strike, and without a vote, the union leaders resigned.", "en")]
    [InlineData("At that time, the union leaders resigned at once.", "en")]
    public void PointsBack_SentencesThatLeanOnTheOneBefore_AreRecognised(string sentence, string language)
    {
        Assert.True(QuoteRules.PointsBack(sentence, Language.FromCode(language)!));
    }

    [Theory]
    [InlineData("The union must resign, chanted hundreds of workers on Monday night.", "en")]
    [InlineData("In September 1920, at the 9th Congress, there was a new flash of activity.", "en")]
    [InlineData("In 2017 blijft de Russische Revolutie een cruciale gebeurtenis.", "nl")]
    [InlineData("Het proletariaat heeft zijn laatste woord nog niet gesproken.", "nl")]
    [InlineData("Het is waar dat het kapitalisme de revolutionairen herhaaldelijk heeft verrast.", "nl")]
    [InlineData("Het is een illusie te denken dat het kapitalisme hervormd kan worden.", "nl")]
    [InlineData("Het tweede congres van de sovjets opende op 25 oktober.", "nl")]
    [InlineData("Het grote verschil met 1917 ligt in de omvang van de arbeidersklasse.", "nl")]
    [InlineData("As Marxists we support the action taken by the metal workers to switch unions.", "en")]
    [InlineData("The Türk Metal union is a member of Türk-İş, one of the three largest trade union confederations in Turkey.", "en")]
    [InlineData("Workers should keep in mind that the leadership betrayed the members as well as the union.", "en")]
    [InlineData("Zoals Marx schreef in Loonarbeid en Kapitaal, veronderstelt kapitaal loonarbeid.", "nl")]
    [InlineData("In 1919, was het congres van de Communistische Internationale in Moskou bijeen.", "nl")]
    [InlineData("In addition to the strikes in Bursa, workers occupied the plant in Ankara.", "en")]
    [InlineData("A more democratic union was the demand of every assembly, more than higher wages.", "en")]
    [InlineData("In response to the prolonged crisis of Turkish capitalism, the bourgeoisie reacted by squeezing the working class.", "en")]
    [InlineData("Most recently auto workers experienced an 11 percent loss in real wages since 2009 as a result of concessions made by Türk Metal.", "en")]
    [InlineData("It is perhaps ironic that one day after the dismal election of 2012 we are celebrating the 95th anniversary of the Russian Revolution.", "en")]
    [InlineData("It was decided to hold a series of large mass meetings on the 22nd with the aim of raising money for the journal.", "en")]
    [InlineData("It is of course no accident that the 23 workers who were dismissed were the leaders of the strike committee.", "en")]
    [InlineData("Unauthorized use of arms was an offence, and orders had to be obeyed without discussion.", "en")]
    [InlineData("Nobody could doubt that the Congress, where the Bolsheviks were certain of a majority, would vote for the seizure of power.", "en")]
    [InlineData("When the workers of the Renault plant in Bursa went on strike in November, they demanded new elections.", "en")]
    [InlineData("In 1998, when almost 8,000 metal workers in Bursa revolted, the leadership of the union turned its back on these workers.", "en")]
    [InlineData("BOSCH employs more than 10,000 workers in Turkey, and its Bursa plant also acts as a research centre.", "en")]
    [InlineData("Arbeiders verloren niet alleen hun loon maar ook hun woning in de stad.", "nl")]
    [InlineData("The Workers' Opposition was led by Alexander Shlyapnikov, who was also chairman of the Russian Metalworkers' Union.", "en")]
    [InlineData("At the meeting in Voronezh the majority of leaders spoke in favour of a new congress.", "en")]
    public void PointsBack_SentencesThatStandAlone_AreAccepted(string sentence, string language)
    {
        Assert.False(QuoteRules.PointsBack(sentence, Language.FromCode(language)!));
    }

    [Theory]
    [InlineData("The union must resign.", true)]
    [InlineData("“The union must resign,” chanted the workers.", true)]
    [InlineData("1,500 angry auto workers stopped work.", true)]
    [InlineData("and the workers stopped work.", false)]
    [InlineData("(Leo Trotzki, Geschiedenis van de Russische Revolutie, deel 3).", false)]
    public void StartsLikeASentence_NeedsACapitalAndNoCitationBracket(string text, bool starts)
    {
        Assert.Equal(starts, QuoteRules.StartsLikeASentence(text));
    }

    [Theory]
    [InlineData("He said “no to the deal.", false)]
    [InlineData("The movement (RDKS was founded.", false)]
    [InlineData("The union said) nothing.", false)]
    [InlineData("The \"union must resign, chanted the workers.", false)]
    [InlineData("The workers’ union is strong.", true)]
    [InlineData("De oorlog ging door ‘tot de overwinning’ van de tsaar.", true)]
    [InlineData("\"The union must resign,\" chanted hundreds of workers.", true)]
    [InlineData("The Council of People's Commissars met (in Moscow).", true)]
    public void IsBalanced_ChecksQuotesAndBrackets(string text, bool balanced)
    {
        Assert.Equal(balanced, QuoteRules.IsBalanced(text));
    }

    [Theory]
    [InlineData("The union must resign.", true)]
    [InlineData("Was it worth it?", true)]
    [InlineData("He said “enough.”", true)]
    [InlineData("It is sufficient to recall the years after the October Revolution.[1]", false)]
    [InlineData("The decision annulling the case emphasized that", false)]
    public void EndsLikeASentence_NeedsTerminalPunctuation(string text, bool ends)
    {
        Assert.Equal(ends, QuoteRules.EndsLikeASentence(text));
    }

    [Theory]
    [InlineData("I already mentioned that the hiring system left men idle for days.", "en")]
    [InlineData("As we saw above, the employers had counted on hunger.", "en")]
    [InlineData("We will return to the casual system below.", "en")]
    [InlineData("Wij zullen hierop terugkomen in het laatste hoofdstuk.", "nl")]
    [InlineData("Op politiek vlak betekent dit de macht van de arbeidersraden.", "nl")]
    [InlineData("Kortom, revolutie is zelfs nog meer nodig dan het al was in 1917.", "nl")]
    [InlineData("De gevolgen hiervan herleidden de Russische economie tot een ruïne.", "nl")]
    [InlineData("Het hoogtepunt ervan was waarschijnlijk de beweging in Polen in 1980.", "nl")]
    [InlineData("The second wave, starting in 2001, was based on cutting real wages.", "en")]
    [InlineData("We are reprinting below excerpts from a chronicler of those events.", "en")]
    [InlineData("One youngster whispers to them that he is on their side.", "en")]
    [InlineData("Workers are also claiming that the leaders made up the lists.", "en")]
    [InlineData("The Central Committee nevertheless decided to convene a conference.", "en")]
    [InlineData("A few minutes later, the Women’s Battalion surrendered.", "en")]
    [InlineData("In haar brochure over de Russische Revolutie uitte zij haar solidariteit.", "nl")]
    [InlineData("In May of the same year the authorities raised the tariffs.", "en")]
    [InlineData("De partij nam op dat moment deel aan de betogingen.", "nl")]
    [InlineData("Het nam uiteenlopende vormen aan in Italië en Duitsland.", "nl")]
    [InlineData("The first could be attributed to David Riazanov and Mikhail Tomsky.", "en")]
    [InlineData("The results were several explosions aimed against the bureaucracy.", "en")]
    [InlineData("Want werd niet bewezen dat de revolutie eindigde in de goelag?", "nl")]
    [InlineData("Een dergelijk moment vond plaats binnen de bolsjewistische partij.", "nl")]
    [InlineData("Allereerst was er de diepe politieke ontwaking van de arbeidersklasse.", "nl")]
    [InlineData("Evenzo begrepen een aantal burgerlijke politiekers dat Stalin een man was.", "nl")]
    [InlineData("Neen, in 1917 nam de heersende klasse de revolutie erg serieus.", "nl")]
    [InlineData("De Duitse bourgeoisie even later toonde al snel dat zij een geduchte tegenstander was.", "nl")]
    [InlineData("In fact, the Comintern was echoing a simple rule of organisation.", "en")]
    [InlineData("Het is inderdaad net op zulke momenten dat de organisatie haar rol onthult.", "nl")]
    public void PointsBack_PhrasesThatReferToEarlierText_AreRecognised(string sentence, string language)
    {
        Assert.True(QuoteRules.PointsBack(sentence, Language.FromCode(language)!));
    }

    [Theory]
    [InlineData("The Second International was degenerated as it made compromises with the bourgeoisie.", "en")]
    [InlineData("The strike began on 14 August at the West India Dock.", "en")]
    [InlineData("Het is de specifieke taak van een communistische organisatie om de klasse te verzamelen.", "nl")]
    [InlineData("Kollontai co-signed the letter with her best friend Zoya Shadurskaia.", "en")]
    public void PointsBack_SentencesNamingTheirOwnSubject_AreAccepted(string sentence, string language)
    {
        Assert.False(QuoteRules.PointsBack(sentence, Language.FromCode(language)!));
    }

    [Theory]
    [InlineData("Cardinal Manning, who was then over eighty years old [sic], helped.", true)]
    [InlineData("The work was carried on entirely at night. . . . The club was crammed with soldiers.", true)]
    [InlineData("Lezingen, debatten, redevoeringen in de schouwburgen…", true)]
    [InlineData("They took the oath ... And the same scene was repeated.", true)]
    [InlineData("Een revolutie die de aarde tot een “gemeenschappelijke schat”(1) maakt.", true)]
    [InlineData("On 30 May the most powerful action in the whole history of Kazakhstan took place.* The crowd was huge.", true)]
    [InlineData("De verdedigers van de macht werden van verschillende kanten belaagd, In die burgeroorlog moesten ze vechten.", true)]
    [InlineData("The bibliography was printed in Leiden, The Netherlands, by a small press.", false)]
    [InlineData("The workers earned 2 * 3 dollars a day.", false)]
    [InlineData("The Workers' Opposition (1920–1922) demanded union control of industry.", false)]
    public void HasEditorialMarks_BracketsEllipsesAndNoteNumbers_AreFound(string text, bool marked)
    {
        Assert.Equal(marked, QuoteRules.HasEditorialMarks(text));
    }

    [Theory]
    [InlineData("‘Any news?’ he asked.", true)]
    [InlineData("\"Will they hold out?\" a reporter asked Burns.", true)]
    [InlineData("Yes, all power to the Soviets – particularly since they have already seized power.", false)]
    [InlineData("What is to be done, he asked the congress.", true)]
    [InlineData("Note: Party members who do not work in a factory shall be attached to street cells.", true)]
    [InlineData("The sailors asked him when they would use their bayonets.", false)]
    public void IsDialogue_LinesOfSpeech_AreRecognised(string sentence, bool dialogue)
    {
        Assert.Equal(dialogue, QuoteRules.IsDialogue(sentence));
    }

    [Theory]
    [InlineData("The money kept the strike alive. As we saw above, the employers had counted on hunger.", true)]
    [InlineData("I already mentioned that the hiring system left men idle.", true)]
    [InlineData("Wij zullen hierop terugkomen.", true)]
    [InlineData("Verder in de tekst komen wij terug op een aantal van die fouten.", true)]
    [InlineData("En zoals wij reeds zagen, riep dat de meest schadelijke verwarring op.", true)]
    [InlineData("The decisions cited above were drafted by the Organization Department in 1925.", true)]
    [InlineData("Het proces is goed in beeld gebracht door John Reed (zie leeslijst achteraan).", true)]
    [InlineData("The complete text of Serge's book is available online at the Marxist Internet Archives.", true)]
    [InlineData("De volledige tekst is online beschikbaar op onze website.", true)]
    [InlineData("The strike fund was almost empty by the beginning of September.", false)]
    [InlineData("No money was available for the strike fund by the beginning of September.", false)]
    public void RefersElsewhere_PointersToOtherPartsOfTheText_AreFoundAnywhere(string text, bool refers)
    {
        Assert.Equal(refers, QuoteRules.RefersElsewhere(text));
    }

    [Theory]
    [InlineData("A historic spot.", true)]
    [InlineData("It was true.", true)]
    [InlineData("Bolshevism, not trade unionism!", true)]
    [InlineData("The workers of Petrograd and Moscow rose against the government of Kerensky!", false)]
    [InlineData("The strike fund was almost empty.", false)]
    public void IsFragment_SentencesOfFewerThanFourWords_AreFragments(string sentence, bool fragment)
    {
        Assert.Equal(fragment, QuoteRules.IsFragment(sentence, Language.English));
    }

    [Theory]
    [InlineData("A regular Galliffet or Cavaignac, to all appearances.", true)]
    [InlineData("One detail more on the organization of the attack.", true)]
    [InlineData("On 20 September, the Soviet in Tashkent takes power.", false)]
    [InlineData("As I enter and salute, the officers rise.", false)]
    [InlineData("There they meet the ministers of the last Tsar.", false)]
    [InlineData("The workers spend more time at their workplaces today.", false)]
    [InlineData("The 22nd saw a tremendous mobilization of the masses.", false)]
    public void IsFragment_AShortEnglishSentenceWithoutAVerb_IsAFragment(string sentence, bool fragment)
    {
        Assert.Equal(fragment, QuoteRules.IsFragment(sentence, Language.English));
    }

    [Theory]
    [InlineData("The strike began on 14 August at the West India Dock.", true)]
    [InlineData("They also asked that no man be taken on for less than four hours.", false)]
    [InlineData("“Will they hold out?” a reporter asked Burns at the end of the second week.", false)]
    [InlineData("Burns addressed the crowds on Tower Hill almost every day [sic].", false)]
    [InlineData("The settlement was negotiated with the help of Cardinal Manning", false)]
    public void StandsAlone_OneSentence_NeedsEveryRule(string sentence, bool alone)
    {
        Assert.Equal(alone, QuoteRules.StandsAlone(sentence, Language.English));
    }
}
