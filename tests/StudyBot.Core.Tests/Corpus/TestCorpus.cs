using StudyBot.Core.Corpus;

namespace StudyBot.Core.Tests.Corpus;

/// <summary>
/// Five documents cut from the seed texts, already split the way the importer will split them: prose in
/// paragraphs, and the captions, datelines, infobox lines, headings and bibliography that must never be
/// quoted, summarised or asked about.
/// </summary>
internal static class TestCorpus
{
    public static CorpusLibrary Library { get; } = new([TurkMetal(), WorkersOpposition(), WorkplaceCells(), Kazakhstan(), Manifest()]);

    public static Document Document(string slug) => Library.Documents.Single(d => d.Slug == slug);

    public static Document TurkMetal() =>
        new DocumentBuilder("turk-metal-renault-revolt", "Auto workers revolt against the Türk Metal bureaucracy")
            .By("Kemal Ülker", "2012-11-18")
            .Section("Auto workers revolt against the Türk Metal bureaucracy")
            .Block(BlockKind.Dateline, """
                Sunday, November 18, 2012
                """)
            .Block(BlockKind.Byline, """
                By Kemal Ülker
                """)
            .Paragraph("""
                On November 13, 1,500 angry auto workers stopped work and staged a sit-in at the Renault factory in Bursa in north eastern Turkey. What made this action notable was that the protest was aimed primarily against their officially recognized union, Türk Metal (Union of Metal, Steel, Ammunition, Machinery, Automobile and Related Industry Workers of Turkey). The corrupt officials of Türk Metal had just initialled an agreement with management that completely ignored the demands of the workers. The protest, which took place in front of the management offices of the factory, where the Türk Metal union maintains its own office, was the final straw for workers who have seen their wages and working conditions steadily deteriorate over the past two decades.
                """)
            .Block(BlockKind.Caption, """
                Oyak-Renault factory
                """)
            .Paragraph("""
                According to reports from the scene a total of 5,000 workers rejected the proposal made by the Turkish Metal Workers Union, citing poor working conditions and inadequate wages that have come on top of a series of wages cuts in previous years.
                """)
            .Paragraph("""
                "The union must resign," chanted hundreds of workers on Monday night. Their protests went on past midnight.
                """)
            .Block(BlockKind.Caption, """
                Workers sit-in at Oyak-Renault
                """)
            .Paragraph("""
                Turkish Renault (Oyak-Renault Otomobil Fabrikaları inc.), the second largest automobile manufacturer in Turkey is jointly owned by Oyak (Turkish Armed Forces Pension Fund) and Renault with Oyak owning 49% and Renault owning 51% of the company.
                """)
            .Paragraph("""
                The Oyak-Renault workers were furious that they had not been consulted before the union reached the proposed deal with management in advance of a scheduled round of collective bargaining. The union leadership blatantly disregarded promises they made to the membership. Instead, after weeks of secret negotiations behind the backs of rank and file workers, Türk Metal officials finally presented an agreement to the membership that gave management everything they wanted.
                """)
            .Paragraph("""
                The protesting workers demanded that a notary public come to the factory so that they can begin the legal process of leaving the Türk Metal union and join the United Metalworkers’ Union (Birlesik Metal-İs). The Türk Metal union is a member of Türk-İş, one of the three largest trade union confederations in Turkey. Birleşik-Metal, a rival trade union tied to the Confederation of Progressive Trade Unions (DİSK), has been trying to unionize at the plant as well. Onerous anti-labor laws in Turkey mandate an extremely difficult and expensive legal process to leave a union and join a rival organization. Workers are required to go to a notary public, complete five copies of a detailed form, and pay a fee that is often equivalent to several days pay.
                """)
            .Paragraph("""
                In response to the auto workers’ revolt against Türk Metal, private security guards employed by Oyak-Renault, were joined by members of the Turkish fascist movement and police in a blockade of the factory. The fascists attacked a group of workers from the nearby BOSCH factory who came to the protest to show their solidarity with the workers of the Oyak-Renault factory. The fascists also attacked journalists affiliated with left-wing media organizations. Three workers suffered severe injuries at the hands of the fascist thugs and had to be hospitalized.
                """)
            .Section("""
                Background
                """)
            .Paragraph("""
                Türk Metal has long had close relations with the fascist movement in Turkey. The logo of the union features the figure of a wolf as its symbol, drawing from an ancient pre-Islamic Turkish totem. The same figure has long been a common symbol of the Turkish fascist movement (popularly known as the “Grey Wolves). Türk Metal is an extension of the Milli-İs (an affiliate of the then tiny fascist union confederation MISK) union, which was established in 1970 as an offensive weapon against the Federation of Revolutionary Workers’ Unions (DISK).
                """)
            .Block(BlockKind.Caption, """
                Logo of Türk Metal
                """)
            .Paragraph("""
                A little historical background is required to understand the anger of these workers. Up to the end of 1990s auto workers used to enjoy relatively high wages in Bursa, although even then they were subjected to a ruthless working regime in their factories. But in the last twenty years the conditions of the auto workers have steadily deteriorated, a direct result of increasing global competition and the world-wide economic downturn. Most recently auto workers experienced an 11 percent loss in real wages since 2009 as a result of concessions made by Türk Metal. This follows a pattern over the past two decades where, with the crucial assistance of the Türk Metal bureaucracy auto manufacturers were able to implement systematic reductions in operating times and considerable increases in workloads.
                """)
            .Paragraph("""
                Throughout the 1990s Türk Metal collaborated with employers regarding the introduction of the so-called Quality Circles and other similar working practices with the aim of maintaining profit margins by increasing the exploitation of the workers.
                """)
            .Paragraph("""
                The first year of the new century (February 2001) ushered in the most severe economic crisis Turkish capitalism has experienced in its modern history. This downturn was not just a Turkish phenomenon, but in the final analyses a product of the most recent trends of the world capitalist system.
                """)
            .Build();

    public static Document WorkersOpposition() =>
        new DocumentBuilder("workers-opposition", "Workers' Opposition")
            .Section("Workers' Opposition")
            .Block(BlockKind.InfoboxLine, """
                Colorcode: red
                """)
            .Block(BlockKind.InfoboxLine, """
                Leader: Alexander Shliapnikov
                """)
            .Block(BlockKind.InfoboxLine, """
                Spokesperson: Alexandra Kollontai
                """)
            .Block(BlockKind.InfoboxLine, """
                Predecessor: Left Communists
                """)
            .Block(BlockKind.InfoboxLine, """
                Successor: Workers' Group
                """)
            .Block(BlockKind.InfoboxLine, """
                Ideology: Left communism
                """)
            .Block(BlockKind.InfoboxLine, """
                Position: Far-left
                """)
            .Block(BlockKind.InfoboxLine, """
                National: Russian Communist Party
                """)
            .Block(BlockKind.InfoboxLine, """
                Affiliation1 Title: Trade union affiliation
                """)
            .Block(BlockKind.InfoboxLine, """
                Affiliation1: Various trade unions
                """)
            .Block(BlockKind.InfoboxLine, """
                Country: Russia
                """)
            .Paragraph("""
                The Workers' Opposition (Рабочая оппозиция) was a faction of the Russian Communist Party that emerged in 1920 as a response to the perceived over-bureaucratisation that was occurring in Soviet Russia. They advocated for the transfer of national economic management to trade unions. The group was led by Alexander Shlyapnikov, Sergei Medvedev, Alexandra Kollontai and Yuri Lutovinov. It officially existed until March 1921 when it was forced to dissolve by the 10th Congress of the Russian Communist Party (Bolsheviks), and semi-clandestinely until the subsequent 11th Congress in 1922, where its main exponents teetered dangerously on the verge of being purged for fractionist activity. In some aspects, it was close with the German council communist movement, although there is no information about direct contacts between these groups.
                """)
            .Section("""
                Emergence
                """)
            .Block(BlockKind.Heading, """
                History
                """)
            .Paragraph("""
                The emergence of the Workers' Opposition's “ideological sources” was linked with a statement by Alexander Shlyapnikov, which appeared on November 4, 1917: in his statement, Shlyapnikov proposed expanding the Council of People's Commissars by including representatives “from all Soviet parties”. Their first public appearance as an organized group was at the 9th Congress of the Russian Communist Party (Bolsheviks), in September 1920, when the faction not only declared its existence, but also summed up the “work to be done”.
                """)
            .Section("""
                First appearances
                """)
            .Paragraph("""
                One of the first speeches of representatives of the "workers' opposition" - the name was coined by Lenin - took place in February 1920, during the 2nd Tula Conference of the RCP (B.), after which the group managed to get a majority of seats in the provincial committee of the party, and its leader - I. V. Kopylov - became the chairman of the new composition of the provincial committee. In response to this, the former members of the provincial committee formed the opposition, directing their activities to prove the inability the "workers' opposition" to manage the affairs of the province; in addition, they began to plan the failure of their political opponents at the next provincial party conference. This confrontation led to an intensification of the struggle within the organization itself: the party's Novosilsky District committee opposed the election of Kopylov and called for an extraordinary conference. The demand of the old guard was supported in Moscow by members of the party's central committee, who recalled Kopylov at their disposal. The conflict did not end there, because in response, the Zarechensky district committee issued a resolution requesting "to leave Kopylov to work in Tula." The Central Committee nevertheless decided to convene an extraordinary party conference in the province: a resolution evaluating the work as unsatisfactory was adopted by a majority of 185 votes against 49. In response, representatives of the “workers' opposition” Severny and Nikitin left the district committee because of their disagreement with the party line. Having been defeated in Tula, Kopylov's supporters nevertheless retained their positions in the Zarechensky district organization and the power struggle continued. At that time, support for the workers' opposition in the lower ranks of the party was quite strong: in particular, the number of Tula party organizations was halved between May and November 1920, mainly due to the exit of the local workers.
                """)
            .Paragraph("""
                From the end of 1919 to the beginning of 1920, the workers' opposition matured along the periphery of Moscow Oblast and, by March 1920, took shape in the capital with many trade union leaders joining the group. In the same month, at a meeting of the communist faction of the All-Union Central Council of Trade Unions, Shlyapnikov proposed a formula for the separation of powers in the USSR: his simple scheme consisted in the separation of functions of trade unions, Soviets, and the Bolshevik party. According to the leader of the opposition, the party could be the responsible political state leader of the revolutionary struggle and construction, the Soviets - the form of political power, and the trade unions - the only responsible organizations of the national economy and, at the same time, the school of industrial management for workers.
                """)
            .Paragraph("""
                Shlyapnikov's theses caused great concern within the Central Committee of the RCP (b), which saw in them the manifestation of tendencies toward syndicalism in the Soviet trade unions - that is, an attempt on the leading role of the party in the economic sphere. On March 8 and 10, 1920, at meetings of the VTsSPS and MGPSS factions, representatives of the Central Committee Nikolai Bukharin and Nikolay Krestinsky sharply criticized Shlyapnikov's ideas, accusing him of “syndicalism, guild narrowness, distrust of the Soviets and the party.” In response to such accusations, Lozovsky, who attended the meetings, noted that syndicalists denied the state itself, and Shlyapnikov had a different point of view: the opposition leader did not deny the state and did not encroach on state property; he talked only about the responsibility of trade unions for the economy and the main role of unions in Soviet industry.
                """)
            .Section("""
                End of the movement
                """)
            .Paragraph("""
                In the latter half of the 1930s, Shlyapnikov and his closest comrades (Kollontai was not among them) were charged with involvement in a counterrevolutionary group called "Workers' Opposition" and with having linked up with the "counterrevolutionary Trotskyist–Zinovievist terrorist bloc". Despite their proclaiming themselves innocent, both Shlyapnikov and Medvedev, along with many others, were condemned to death and executed in September 1937. In her biography of Shlyapnikov Barbara Allen concludes the last chapter before epilogue, with these words:
                """)
            .Paragraph("""
                After the end of Stalinism, Shlyapnikov was rehabilitated in 1963, Medvedev in 1977. The decision annulling the latter's case for lack of evidence emphasized that "None of those judged on the Workers' Opposition case confessed guilt".
                """)
            .Section("""
                Membership
                """)
            .Paragraph("""
                The Workers' Opposition was led by Alexander Shlyapnikov, who was also chairman of the Russian Metalworkers' Union, and it consisted of trade union leaders and industrial administrators who had formerly been industrial workers. Alexandra Kollontai, the famous socialist feminist, was the group's mentor and advocate. Other prominent members included Sergei Medvedev and Mikhail Vladimirov (leaders of the Metalworkers' Union), and Genrikh Bruno (artilleries industry leaders), Mikhail Chelyshev (a member of the Party Control Commission), (chairman of the Textileworkers' Union), Kirill Orlov (member of the Council of Military Industry and a participant in the 1905 mutiny on the Russian battleship Potemkin), and Aleksei Kiselyov (chairman of the Miners' Union). Yuri Lutovinov, a leader of the Metalworkers' Union and of the All-Union Central Council of Trade Unions, sometimes spoke for the group, but sometimes held his own opinion.
                """)
            .Section("""
                Bibliography
                """)
            .Block(BlockKind.Bibliography, """
                Allen, Barbara C. "Alexander Shlyapnikov, 1885–1937: Life of an Old Bolshevik" Paperback: Chicago: Haymarket Books, 2016.
                """)
            .Block(BlockKind.Bibliography, """
                Allen, Barbara C., 'A Proletarian From a Novel': Politics, Identity, and Emotion in the Relationship between Alexander Shliapnikov and Alexandra Kollontai, 1911-1935 . "The Soviet and Post-Soviet Review", 35 (2008), No. 2, 21–54
                """)
            .Block(BlockKind.Bibliography, """
                Allen, Barbara C., Early dissent within the party: Alexander Shliapnikov and the letter of the twenty-two . "The NEP Era: Soviet Russia 1921-1928", 1 (2007), 21–54
                """)
            .Block(BlockKind.Bibliography, """
                Daniels, Robert. The Conscience of the Revolution: Communist Opposition in Soviet Russia. Cambridge, Mass., 1960; revised edition, Boulder, Col., 1988.
                """)
            .Block(BlockKind.Bibliography, """
                Sorenson, Jay. The Life and Death of Soviet Trade Unionism: 1917-1928. New York, 1969.
                """)
            .Build();

    public static Document WorkplaceCells() =>
        new DocumentBuilder("workplace-cells", "The backbone of Leninist organization: workplace cells")
            .By("Alpaslan Savaş")
            .Section("The backbone of Leninist organization: workplace cells")
            .Paragraph("""
                The struggle between capital and labor has been going on for more than two centuries. We know that throughout this long history both social classes have taken many crucial lessons, the most important of which is about organization. As long as the working class has a strong organization, it managed to push the capitalist back. On the contrary, as the bourgeoisie succeeded in keeping its antithetical class disorganized, it managed to become a force.
                """)
            .Paragraph("""
                Being the space where capitalist exploitation takes place, workplaces have been the domain where this paradigm has made its appearance felt in the strongest sense. Today, capitalism has managed to reorganize workplaces as spaces where the disorganization of workers is assured. And how did it manage to do that? Through various measures including the technical organization of work, establishing competitive relations between workers, control of the outcomes of production activities and provision of services, paving the way for the organization of nationalist/conservative ideologies among workers, etc.
                """)
            .Paragraph("""
                However, workers have conventionally been the strongest at places of production and service provision. They used to share their problems with their co-workers, act together to solve their grievances or make new gains. The organization of workers at the workplace had brought many gains such as the eight-hour working day, unionization, right to paid leave, wage bargaining, etc.
                """)
            .Paragraph("""
                But today, workplaces have become the bastions of the capitalists. If the communist movement would ever put an end to the disorganization of the working class, it must liberate workplaces from being spaces where the capitalists have a free hand.
                """)
            .Section("""
                The preparation for the Revolution
                """)
            .Paragraph("""
                The argument claiming that organization of the working class at workplaces is limited to economic struggle has been refuted again and again within the course of class struggles. History is full of defeats suffered by the social class which wage a fight to settle for something less than the political power in pitched battles. It is sufficient to recall the several years after the October Revolution to see that. In crushing the 1918 German Revolution, the bourgeoisie took advantage of not only the betrayal of social democracy, but also the lack of a revolutionary vanguard that would organize the working class at workplaces and spread such organization throughout the country. Likewise, the industrial workers’ strike in France in 1919, the big miners’ strike in Britain in 1921 and the occupation of factories in Italy in 1920 ended up in similar defeats. The storm of the October Revolution was not enough for the working class to overthrow the bourgeoisie in the homeland of capitalism. It was evident that there were other requirements for a revolution in Europe:
                """)
            .Paragraph("""
                The first stage of the postwar revolutionary movement is coming to an end to a large extent. The revolution is proceeding, but not along a straight line. The current task is to continue the fundamental preparation for the revolution.[1]
                """)
            .Paragraph("""
                Lenin was addressing the communist parties at the Third International Congress of the Comintern in 1921, underlining the need to prepare for the revolution. At the same congress, the Comintern put forth how preparation for the revolution should be done. At the Congress where all parties were called for Bolshevization, reorganization of parties on the basis of workplace cells was referred to as an element of Bolshevization.
                """)
            .Paragraph("""
                Bolshevism, not trade unionism! From the very beginning in Russia and from the moment right after the revolution started to retreat in Europe, the response of the communists to the problem of working-class organization at workplaces was crystal clear.
                """)
            .Paragraph("""
                Trade unionism was the response of the bourgeoisie and its addressee was the Second International. The disengagement of Lenin and his comrades from the Second International, which had transformed trade unions, cooperatives and workers’ parties into huge mass organizations, at early 1900s was not a coincidence. The Second International was degenerated as it made compromises with the bourgeoisie in all aspects, became its tool against the working class, and destroyed itself by approving the war budgets of bourgeois governments in 1914. Until the time when the bourgeoisie called it for duty once again as the thunderclouds of a European revolution piled up after the October Revolution…
                """)
            .Paragraph("""
                The bourgeoisie was scared of Bolshevism to death. It failed to find a solution to that menace. Besides, the fear of death propagated not only in Russia, but all-around Europe, even the world. Bolshevism became materialized as a world communist party in the Third International.
                """)
            .Section("""
                Bolsheviks and Bolshevism
                """)
            .Paragraph("""
                In order to fully understand the Comintern’s insistence on Bolshevization and workplace-based organization as an element of it, we should take a closer look at the organizational practices of the Bolshevik Party. In Russia, the Bolsheviks tried to organize their main cells at workplaces – in factories, workshops, farms, naval ships, etc. – in almost all periods. Even though the Bolshevik Party was small in size, this practice enabled them to establish direct contact and closer ties with the proletariat compared to the Mensheviks.
                """)
            .Paragraph("""
                It is evident that the Bolsheviks tried to utilize all grievances at shop-floor level to organize the workers. They employed work-related problems such as low wages, fines, occupational accidents, etc. as tools to get in contact with and organize workers.
                """)
            .Paragraph("""
                The Bolsheviks always showed the connection between the maltreatment of factories, and the rule of the autocracy ... At the same time the autocracy was connected up in the agitation of the party cells with the capitalist system, so that at the very beginning of the development of the labour movement the Bolsheviks established a connection between the economic struggle and the political.[3]
                """)
            .Paragraph("""
                In this manner, the Bolsheviks have rendered workplaces domains of political struggle and as well as one-to-one or en masse organization.
                """)
            .Build();

    public static Document Kazakhstan() =>
        new DocumentBuilder("solidarity-kazakhstan", "“Solidarity” Workers Movement of Kazakhstan")
            .Section("“Solidarity” Workers Movement of Kazakhstan")
            .Paragraph("""
                The first organisation of the Workers Movement (RD) emerged in September, 1990, on the Alma-Ata Mechanical Engineering Plant named after S.M. Kirov. Eugeny N. Lebedev, foreman of fitters brigade, was its initiator. A founding conference of the "Workers Movement of Alma-Ata City", which was registered in April of the same year and attained the status of juridical person, took place in February, 1991. Apart from representatives of the majority of city biggest industrial enterprises, all trade schools and several trade union organisations entered the movement as collective members.
                """)
            .Paragraph("""
                The establishment of the movement became an expression of dissatisfaction of workers with social policies, carried out by the leadership of the CPSU, its deviation from socialist principles. Many party committees, including the central committee of the CP of Kazakhstan, tried to counteract the autonomous self-organisations of workers.
                """)
            .Paragraph("""
                However, under the influence of the deteriorating economic situation and falling life level of the country population, the anticommunist attitudes were decisively rejected. At the second Movement conference as of 20 June, 1992, the majority of anticommunist "democrats" were not elected even in the city council of the Workers Movement.
                """)
            .Paragraph("""
                The fist time that the Alma Ata Workers Movement loudly manifested itself was in May, 1992, defending the monument to V.I. Lenin, which national democrats tired to demolish. The whole further Movement activity was taking place exclusively under the red banner. In November, 1991, the Alma Ata Workers movement supported N. Nazarbayev during presidential elections, but already on 26 July, 1992, it carried out a big anti-Nazarbayev meeting. After that nearly all protest in Alma Ata were taking place under the control of the Workers Movement. Pushing away from these positions all national democrats, social-democrats, and other anticommunist organisations.
                """)
            .Paragraph("""
                The re-establishment of the Communist Party of Kazakhstan owes a lot to the Workers Movement, because it is exactly due to the efforts of Workers Movement participant communists that an initiative group and then an organizational committee for the re-establishment of CPK were founded. At the XIX congress of CPK as of 5-6 December, 1991, it was re-established and after long impediments on the part of the ministry of justice, in the person of deputy minister M.Nurbekov, who acted against the registration, the CP was re-registered attaining the status of juridical person. Militant workers and the Workers Movement leaders prevailed in the first Central Committee of the CP and in its bureau after its re-establishment.
                """)
            .Paragraph("""
                Gradually the Alma Ata Workers Movement started to spread its influence to other industrial provinces of Kazakhstan and on 11 September, 1993, a founding conference for establishment of national organisation of the “Workers Movement of Kazakhstan” (RDK) was carried out. Yu.Vinkov, M.Ismailov, and Yu.Borovitsky, chairman of the Alma Ata organisation, who soon abstained from active work, were elected its co-chairmen. After several refusals and obstacles from the same deputy minister of justice M.Nurbekov, the RDK was registered in the ministry of justice in October, 1994, attaining the status of juridical person.
                """)
            .Paragraph("""
                From the time of founding conference of 1993 up to 1995 the RDK regional organisations were reinforced structurally and organisationally. Apart from Alma Ata, strong organisations were formed in Karaganda, Ust-Kamenogorsk, Uralsk, Akmola, Petropavlovsk, Schutchinsk, Jetygor, and other towns. Big attention was paid to strike committees. Moreover, not only in separate enterprises, but also sectoral, intersectoral, and regional strike committees.
                """)
            .Paragraph("""
                In February, 1995, the national strike committee carried out the first national protest action. During this action the intersectoral strike committee of Ust-Kamenogorsk (headed by D.G.Danilevsky and A.D.Medvedev) in fact became an organ of dual power: individuals and collectives of some enterprises were coming to the strike committee with various requests. The protest actions organized by the Ust-Kamenogorsk strike committee were so powerful that they paralysed the activities of official municipal authorities, who had to have a constantly ready helicopter for a case of urgent evacuation. Later, during only one year, Nazarbayev had to replace the head of East Kazakhstan province three times due to "incapacity to provide socio-political stability".
                """)
            .Paragraph("""
                All that scared the authorities so much that persecutions followed. By a court decision the acitivities of Ust-Kamenogorsk organisation of the workers movement was suspended for half year. Afterwards, the town strike committee was recognised as an "anticonsitutional organ" and dissolved, its office occupied by police, and D.G.Danilevsky and A.D.Medvedev twice, with 4 day intervals, were imprisoned for 15 days each time. Later the Ust-Kamenogorsk Workers Movement organisation was completely forbidden and taken off the registration.
                """)
            .Paragraph("""
                The authorities started a campaign of pressure on trade unions. President Nazarbayev personally threatened the leadership of the Trade Union Federation of Kazakhstan with its dissolution, the trade union property started to be taken away. Siyazbek Mukashev, chairman of TUFK, and his deputy Peter Krepak backed up and by their own decision, despite demands from trade union members, dissolved the national strike committee, once more showing the real face of the "workers defenders".
                """)
            .Build();

    public static Document Manifest() =>
        new DocumentBuilder("manifest-oktober-revolutie", "Manifest over de Oktober revolutie, Rusland 1917", Language.Dutch)
            .Section("Manifest over de Oktober revolutie, Rusland 1917")
            .Block(BlockKind.Heading, """
                De enige toekomst voor de mensheid is de Wereldrevolutie
                """)
            .Block(BlockKind.Caption, """
                Kongres van de Petrograd-Soviet, maart 1917
                """)
            .Paragraph("""
                In oktober 1917, na drie jaar van onuitsprekelijke bloedbaden op de slagvelden, dook er een baken op in de mist van de oorlog: de Russische arbeiders, die de tsaar afgezet hadden in Februari, zetten toen de burgerlijke Voorlopige Regering af, die de tsaar vervangen had, maar er op aangedrongen had om de oorlog verder te zetten ‘tot de overwinning’. De sovjets (arbeiders-, soldaten- en boerenraden), met de bolsjewieken op kop, kondigden een onmiddellijk einde van de oorlog af en riepen de arbeiders in de wereld op om hun revolutionaire voorbeeld te volgen. Dit was geen ijle droom, aange-zien er reeds geruchten van onvrede opkwamen in alle elkaar bestrijdende landen – stakingen in de oorlogsindustrie, muiterijen en verbroederingen aan het front. En in november 1918 dwong het uitbreken van de Duitse Revolutie de heersende klasse er toe om de oorlog te stoppen uit vrees dat elke poging om hem verder te zetten enkel de vlammen van de revolutie nog zou aanwakkeren. Voor een korte periode kwelde het spook van het ‘bolsjewisme’ – dat op dat ogenblik het symbool was van de solidariteit van de arbeidersklasse over alle grenzen heen en van de verovering van de politieke macht door de ‘arbeidersraden’ – de hele wereld. Voor de heersende klasse kon dit enkel chaos, anarchie, de ineenstorting van de beschaving betekenen.
                """)
            .Paragraph("""
                Maar voor de arbeiders en de revolutionairen die haar verdedigden, hield de Oktoberrevolutie de belofte in van een nieuwe wereld. In 2017 blijft de Russische Revolutie nog altijd een cruciale gebeurtenis in de wereldgeschiedenis en haar eeuwfeest roept onaangename herinneringen op voor de machten die over de wereld heersen.
                """)
            .Paragraph("""
                In Rusland zelf maakt het Putin-regime een moeilijke tijd door om de juiste toon te vinden voor de herdenking. Het beweert immers dat ook Stalins machtige USSR, waarvan Putin (zelf getraind door de KGB) droomt om het te herstellen, de erfgenaam is van de Oktoberrevolutie. Naast deze nationalistische interpretatie, en in feite diametraal eraan tegengesteld, staat de internationalistische visie van Lenin en de bolsjewieken. In het bijzonder het idee dat de Russische arbeiders niet trouw moeten zijn aan Moeder Rusland, maar aan de arbeiders over de hele wereld.
                """)
            .Paragraph("""
                Wat de ‘democratische’ landen van het Westen betreft zal er ook een verwarrend mengsel van analyses en verklaringen opgedist worden. Maar van één ding kunnen wij zeker zijn: of ze nu komen van media of politieke of aca-demische woordvoerders van het kapitalisme, zij zullen allemaal dienen om de betekenis van de Russische Revolutie te ontkrachten. Op die manier trachten zij om het zo uit het geheugen van de arbeidersklasse te verdringen of het beeld ervan te verderven
                """)
            .Paragraph("""
                Laten we nu de voornaamste krachtlijnen van deze ideologische aanval van nader bij bekijken.
                """)
            .Paragraph("""
                De Commune van Parijs van 1871 vormde de eerste poging van het proletariaat om die revolutie tot een goed einde te brengen, op een moment waarop de omstandigheden daarvoor nog niet rijp waren.
                """)
            .Section("""
                Is de klassenoorlog voorbij?
                """)
            .Paragraph("""
                De eerste aanvalslinie: dit is een vervlogen geschiedenis en van weinig belang voor de moderne wereld. Wij leven niet langer in de tijd van de grillige zwart-wit films, toen de cavalerie nog een vorm was van oorlogvoering en toen de boeren nog het land ploegden met een paard (als ze al zo gelukkig waren om een paard te hebben). Zelfs de reuzebedrijven als Putilov in Petrograd (vandaag Sint-Petersburg) waar tienduizenden arbeiders dagelijks tot het uiterste werden uitgebuit, zijn veelal verdwenen, in ieder geval in de meeste westerse landen. Niet alleen zijn er veel minder boeren, maar is er eigenlijk nog zoiets als een arbeidersklasse? En zo ja, is het dan nog altijd een uitgebuite klasse als ze een uitkering kan krijgen van een liefdadige staat en wanneer ze allerlei spullen kan kopen (zelfs op krediet), die ver boven de mogelijkheden liggen van die van de Russische arbeiders in 1917?
                """)
            .Paragraph("""
                Staan supermoderne bedrijven als Uber niet dichter bij de werkelijkheid wanneer zij hun eigen arbeidskrachten eerder categoriseren als zelfstandige ondernemers, dan als een soort collectieve kracht die in staat is om samen op te komen voor haar eigen belangen?
                """)
            .Build();
}
