namespace SecureKernel.Pii.Recognizers;

/// <summary>Small built-in word lists for the name, place and organization heuristics.</summary>
internal static class Gazetteers
{
    public static readonly HashSet<string> FirstNames = Set(
        "James John Robert Michael William David Richard Joseph Thomas Charles Christopher Daniel Matthew Anthony Mark " +
        "Donald Steven Paul Andrew Joshua Kenneth Kevin Brian George Timothy Ronald Edward Jason Jeffrey Ryan Jacob Gary " +
        "Nicholas Eric Jonathan Stephen Larry Justin Scott Brandon Benjamin Samuel Gregory Alexander Frank Patrick Raymond " +
        "Jack Dennis Jerry Tyler Aaron Jose Adam Nathan Henry Douglas Zachary Peter Kyle Ethan Walter Noah Jeremy Christian " +
        "Keith Roger Terry Gerald Harold Sean Austin Carl Arthur Lawrence Dylan Jesse Jordan Bryan Billy Joe Bruce Gabriel " +
        "Logan Albert Willie Alan Juan Wayne Elijah Randy Roy Vincent Ralph Eugene Russell Bobby Mason Philip Louis Liam " +
        "Oliver Lucas Leo Hugo Max Felix Luca Mohammed Muhammad Ahmed Ali Omar Hassan Ivan Dmitri Sergei Igor Pierre Jean " +
        "Hans Klaus Jürgen Stefan Thomas Giovanni Marco Francesco Carlos Luis Miguel Pedro Diego Javier Rajesh Raj Amit " +
        "Arjun Vikram Wei Hiroshi Takashi Kenji Yuki Mary Patricia Jennifer Linda Elizabeth Barbara Susan Jessica Sarah " +
        "Karen Lisa Nancy Betty Margaret Sandra Ashley Kimberly Emily Donna Michelle Carol Amanda Dorothy Melissa Deborah " +
        "Stephanie Rebecca Sharon Laura Cynthia Kathleen Amy Angela Shirley Anna Brenda Pamela Emma Nicole Helen Samantha " +
        "Katherine Christine Debra Rachel Carolyn Janet Catherine Maria Heather Diane Ruth Julie Olivia Joyce Virginia " +
        "Victoria Kelly Lauren Christina Joan Evelyn Judith Megan Andrea Cheryl Hannah Jacqueline Martha Gloria Teresa Ann " +
        "Sara Madison Frances Kathryn Janice Jean Abigail Alice Judy Sophia Grace Denise Amber Doris Marilyn Danielle Beverly " +
        "Isabella Theresa Diana Natalie Brittany Charlotte Marie Kayla Alexis Lori Ava Mia Amelia Harper Chloe Zoe Lily " +
        "Ella Sofia Camila Lucia Elena Valentina Ana Fatima Aisha Priya Anjali Sunita Mei Yan Sakura Ingrid Astrid Greta " +
        "Claire Sophie Julia Clara Lena Eva Nina Irina Olga Natasha Svetlana Tatiana Alex Sam Chris Pat Kim Lee Jamie Taylor " +
        "Morgan Casey Riley Avery Quinn Cameron Drew Jesse Robin Terry");

    public static readonly HashSet<string> Surnames = Set(
        "Smith Johnson Williams Brown Jones Garcia Miller Davis Rodriguez Martinez Hernandez Lopez Gonzalez Wilson Anderson " +
        "Thomas Taylor Moore Jackson Martin Lee Perez Thompson White Harris Sanchez Clark Ramirez Lewis Robinson Walker Young " +
        "Allen King Wright Scott Torres Nguyen Hill Flores Green Adams Nelson Baker Hall Rivera Campbell Mitchell Carter " +
        "Roberts Gomez Phillips Evans Turner Diaz Parker Cruz Edwards Collins Reyes Stewart Morris Morales Murphy Cook " +
        "Rogers Gutierrez Ortiz Morgan Cooper Peterson Bailey Reed Kelly Howard Ramos Kim Cox Ward Richardson Watson Brooks " +
        "Chavez Wood James Bennett Gray Mendoza Ruiz Hughes Price Alvarez Castillo Sanders Patel Myers Long Ross Foster " +
        "Jimenez Powell Jenkins Perry Russell Sullivan Bell Coleman Butler Henderson Barnes Gonzales Fisher Vasquez Simmons " +
        "Romero Jordan Patterson Alexander Hamilton Graham Reynolds Griffin Wallace Moreno West Cole Hayes Bryant Herrera " +
        "Gibson Ellis Tran Medina Aguilar Stevens Murray Ford Castro Marshall Owens Harrison Fernandez McDonald Woods " +
        "Washington Kennedy Wells Vargas Henry Chen Freeman Webb Tucker Guzman Burns Crawford Olson Simpson Porter Hunter " +
        "Gordon Mendez Silva Shaw Snyder Mason Dixon Munoz Hunt Hicks Holmes Palmer Wagner Black Robertson Boyd Rose Stone " +
        "Salazar Fox Warren Mills Meyer Rice Schmidt Garza Daniels Ferguson Nichols Stephens Soto Weaver Ryan Gardner Payne " +
        "Grant Dunn Kelley Spencer Hawkins Arnold Pierce Vazquez Hansen Peters Santos Hart Bradley Knight Elliott Cunningham " +
        "Duncan Armstrong Hudson Carroll Lane Riley Andrews Alvarado Ray Delgado Berry Perkins Hoffman Johnston Matthews " +
        "Pena Richards Contreras Willis Carpenter Lawrence Sandoval Guerrero George Chapman Rios Estrada Ortega Watkins " +
        "Greene Nunez Wheeler Valdez Harper Burke Larson Santiago Maldonado Morrison Franklin Carlson Austin Dominguez Carr " +
        "Lawson Jacobs Obrien Lynch Singh Vega Bishop Montgomery Oliver Jensen Harvey Williamson Gilbert Dean Sims Espinoza " +
        "Howell Li Wong Reid Hanson Le McCoy Garrett Burton Fuller Wang Weber Welch Rojas Lucas Marquez Fields Park Yang " +
        "Little Banks Padilla Day Walsh Bowman Schultz Luna Fowler Mejia Davidson Acosta Brewer May Holland Juarez Newman " +
        "Pearson Curtis Cortez Douglas Schneider Joseph Barrett Navarro Figueroa Keller Avila Wade Molina Stanley Hopkins " +
        "Campos Barnett Bates Chambers Caldwell Beck Lambert Miranda Byrd Craig Ayala Lowe Frazier Powers Neal Leonard " +
        "Gregory Carrillo Sutton Fleming Rhodes Shelton Schwartz Norris Jennings Watts Duran Walters Cohen McDaniel Moran " +
        "Parks Steele Vaughn Becker Holt Deleon Barker Terry Hale Leon Hail Benson Haynes Horton Miles Lyons Pham Graves " +
        "Bush Thornton Wolfe Warner Cabrera McKinney Mann Zimmerman Dawson Lara Fletcher Page McCarthy Love Robles Cervantes " +
        "Solis Erickson Reeves Chang Klein Salinas Fuentes Baldwin Daniel Simon Velasquez Hardy Higgins Aguirre Lin Cummings " +
        "Chandler Sharp Barber Bowen Ochoa Dennis Robbins Liu Ramsey Francis Griffith Paul Blair Oconnor Cardenas Pacheco " +
        "Cross Calderon Quinn Moss Swanson Chan Rivas Khan Rodgers Serrano Fitzgerald Rosales Stevenson Christensen Manning " +
        "Gill Curry McLaughlin Harmon McGee Gross Doyle Garner Newton Burgess Reese Walton Blake Trujillo Adkins Brady " +
        "Goodman Roman Webster Goodwin Fischer Huang Potter Delacruz Montoya Todd Wu Hines Mullins Castaneda Malone Cannon " +
        "Tate Mack Sherman Hubbard Hodges Zhang Guerra Wolf Valencia Saunders Franco Rowe Gallagher Farmer Hammond Hampton " +
        "Townsend Ingram Wise Gallegos Clarke Barton Schroeder Maxwell Waters Logan Camacho Strickland Norman Person Colon " +
        "Parsons Frank Harrington Glover Osborne Buchanan Casey Floyd Patton Ibarra Ball Tyler Suarez Bowers Orozco Salas " +
        "Cobb Gibbs Andrade Bauer Conner Moody Escobar McGuire Lloyd Mueller Hartman French Kramer McBride Pope Lindsey " +
        "Velazquez Norton McCormick Sparks Flynn Yates Hogan Marsh Macias Villanueva Zamora Pratt Stokes Owen Ballard Lang " +
        "Brock Villarreal Charles Drake Barrera Cain Patrick Pineda Burnett Mercado Santana Shepherd Bautista Ali Shaffer " +
        "Lamb Trevino McKenzie Hess Beil Olsen Cochran Morton Nash Wilkins Petersen Briggs Shah Roth Nicholson Holloway " +
        "Lozano Rangel Flowers Hoover Short Arias Mora Valenzuela Bryan Meyers Weiss Underwood Bass Greer Summers Houston " +
        "Carson Morrow Clayton Whitaker Decker Yoder Collier Zuniga Carey Wilcox Melendez Poole Roberson Larsen Conley " +
        "Davenport Copeland Massey Lam Huff Rocha Cameron Jefferson Hood Monroe Anthony Pittman Huynh Randall Singleton " +
        "Kirk Combs Mathis Christian Skinner Bradford Richard Galvan Wall Boone Kirby Wilkinson Bridges Bruce Atkinson Velez " +
        "Meza Roy Vincent York Hodge Villa Abbott Allison Tapia Gates Chase Sosa Sweeney Farrell Wyatt Dalton Horn Barron " +
        "Phelps Yu Dickerson Heath Foley Atkins Mathews Bonilla Acevedo Benitez Zavala Hensley Glenn Cisneros Harrell " +
        "Shields Rubio Huber Choi Nakamura Tanaka Suzuki Sato Watanabe Ito Yamamoto Kobayashi Muller Schmitt Fischer " +
        "Rossi Russo Ferrari Esposito Bianchi Romano Dubois Durand Leroy Moreau Kowalski Nowak Ivanov Petrov Smirnov " +
        "Kumar Sharma Gupta Das Reddy Rao Iyer Nair Mehta Joshi Ahmed Hussain Rahman");

    public static readonly HashSet<string> Locations = Set(
        // Countries.
        "Afghanistan|Albania|Algeria|Andorra|Angola|Argentina|Armenia|Australia|Austria|Azerbaijan|Bahamas|Bahrain|" +
        "Bangladesh|Barbados|Belarus|Belgium|Belize|Benin|Bhutan|Bolivia|Bosnia|Botswana|Brazil|Brunei|Bulgaria|Burundi|" +
        "Cambodia|Cameroon|Canada|Chad|Chile|China|Colombia|Comoros|Congo|Costa Rica|Croatia|Cuba|Cyprus|Czechia|" +
        "Czech Republic|Denmark|Djibouti|Dominica|Dominican Republic|Ecuador|Egypt|El Salvador|Eritrea|Estonia|Eswatini|" +
        "Ethiopia|Fiji|Finland|France|Gabon|Gambia|Georgia|Germany|Ghana|Greece|Grenada|Guatemala|Guinea|Guyana|Haiti|" +
        "Honduras|Hungary|Iceland|India|Indonesia|Iran|Iraq|Ireland|Israel|Italy|Jamaica|Japan|Jordan|Kazakhstan|Kenya|" +
        "Kiribati|Kosovo|Kuwait|Kyrgyzstan|Laos|Latvia|Lebanon|Lesotho|Liberia|Libya|Liechtenstein|Lithuania|Luxembourg|" +
        "Madagascar|Malawi|Malaysia|Maldives|Mali|Malta|Mauritania|Mauritius|Mexico|Micronesia|Moldova|Monaco|Mongolia|" +
        "Montenegro|Morocco|Mozambique|Myanmar|Namibia|Nauru|Nepal|Netherlands|New Zealand|Nicaragua|Niger|Nigeria|" +
        "North Korea|North Macedonia|Norway|Oman|Pakistan|Palau|Palestine|Panama|Papua New Guinea|Paraguay|Peru|" +
        "Philippines|Poland|Portugal|Qatar|Romania|Russia|Rwanda|Samoa|San Marino|Saudi Arabia|Senegal|Serbia|Seychelles|" +
        "Sierra Leone|Singapore|Slovakia|Slovenia|Somalia|South Africa|South Korea|South Sudan|Spain|Sri Lanka|Sudan|" +
        "Suriname|Sweden|Switzerland|Syria|Taiwan|Tajikistan|Tanzania|Thailand|Togo|Tonga|Trinidad|Tunisia|Turkey|" +
        "Turkmenistan|Tuvalu|Uganda|Ukraine|United Arab Emirates|United Kingdom|United States|United States of America|" +
        "Uruguay|Uzbekistan|Vanuatu|Vatican|Venezuela|Vietnam|Yemen|Zambia|Zimbabwe|England|Scotland|Wales|" +
        "Northern Ireland|Great Britain|Britain|USA|UK|UAE|" +
        // US states.
        "Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Hawaii|Idaho|Illinois|Indiana|" +
        "Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|Mississippi|Missouri|Montana|" +
        "Nebraska|Nevada|New Hampshire|New Jersey|New Mexico|New York|North Carolina|North Dakota|Ohio|Oklahoma|Oregon|" +
        "Pennsylvania|Rhode Island|South Carolina|South Dakota|Tennessee|Texas|Utah|Vermont|Virginia|Washington|" +
        "West Virginia|Wisconsin|Wyoming|Ontario|Quebec|British Columbia|Alberta|Bavaria|Catalonia|" +
        // Cities.
        "Tokyo|Delhi|Shanghai|Beijing|Mumbai|Osaka|Cairo|Dhaka|Karachi|Istanbul|Kolkata|Manila|Lagos|Rio de Janeiro|" +
        "Sao Paulo|São Paulo|Buenos Aires|Moscow|Paris|London|Berlin|Madrid|Rome|Milan|Naples|Turin|Barcelona|Valencia|" +
        "Seville|Lisbon|Porto|Amsterdam|Rotterdam|Brussels|Antwerp|Vienna|Zurich|Geneva|Munich|Hamburg|Frankfurt|Cologne|" +
        "Stuttgart|Prague|Warsaw|Krakow|Budapest|Bucharest|Sofia|Athens|Dublin|Edinburgh|Glasgow|Manchester|Liverpool|" +
        "Birmingham|Leeds|Bristol|Oxford|Cambridge|Copenhagen|Stockholm|Oslo|Helsinki|Reykjavik|Kyiv|Kiev|Minsk|Riga|" +
        "Vilnius|Tallinn|Tel Aviv|Jerusalem|Dubai|Abu Dhabi|Riyadh|Doha|Tehran|Baghdad|Bangalore|Bengaluru|Chennai|" +
        "Hyderabad|Pune|Seoul|Busan|Hong Kong|Taipei|Bangkok|Hanoi|Ho Chi Minh City|Jakarta|Kuala Lumpur|Sydney|Melbourne|" +
        "Brisbane|Perth|Adelaide|Auckland|Wellington|Toronto|Montreal|Vancouver|Ottawa|Calgary|Mexico City|Guadalajara|" +
        "Bogota|Lima|Santiago|Caracas|Havana|Nairobi|Johannesburg|Cape Town|Casablanca|Accra|Addis Ababa|Los Angeles|" +
        "Chicago|Houston|Phoenix|Philadelphia|San Antonio|San Diego|Dallas|San Jose|Austin|Jacksonville|San Francisco|" +
        "Columbus|Fort Worth|Indianapolis|Charlotte|Seattle|Denver|Boston|El Paso|Nashville|Detroit|Portland|Las Vegas|" +
        "Memphis|Louisville|Baltimore|Milwaukee|Albuquerque|Tucson|Fresno|Sacramento|Kansas City|Atlanta|Miami|Raleigh|" +
        "Omaha|Minneapolis|Oakland|Tulsa|Cleveland|Wichita|Arlington|New Orleans|Tampa|Honolulu|Anaheim|Pittsburgh|" +
        "Cincinnati|St. Louis|Orlando|Buffalo|Newark|Brooklyn|Queens|Manhattan|Bronx|Silicon Valley|Palo Alto|Redmond|" +
        "Springfield|Salem|Madison|Richmond|Princeton|Berkeley|Lyon|Marseille|Toulouse|Nice|Bordeaux|Florence|Venice|Bologna",
        '|');

    public static readonly HashSet<string> OrganizationSuffixes = Set(
        "Inc Inc. Incorporated LLC L.L.C. Ltd Ltd. Limited GmbH AG KG SA S.A. SAS SARL SpA S.p.A. BV B.V. NV N.V. Oy AB " +
        "ASA A/S PLC plc LLP LP Corp Corp. Corporation Co Co. Company Companies Group Holdings Holding Bank Bancorp " +
        "Partners Associates Foundation Institute University College Technologies Technology Systems Labs Laboratories " +
        "Solutions Industries Enterprises Ventures Capital Consulting Services Pharmaceuticals Pharma Airlines Airways " +
        "Motors Hospital Clinic Trust Fund Agency Authority Council Committee Society Association Federation Union " +
        "Networks Software Media Studios Entertainment Insurance Investments Securities Financial Energy Logistics");

    /// <summary>Capitalized words that start sentences or headings and are never part of a name.</summary>
    public static readonly HashSet<string> NameStopWords = Set(
        "The A An And Or But If Then When While This That These Those It Its I We You He She They My Your Our Their His " +
        "Her Hi Hello Dear Thanks Thank Please Yes No Not Mr Mrs Ms Dr Monday Tuesday Wednesday Thursday Friday Saturday " +
        "Sunday January February March April May June July August September October November December Street Avenue Road " +
        "In On At To From For Of By With As Is Are Was Were Be Been Note Subject Re Fwd Regards Best Sincerely Today " +
        "Tomorrow Yesterday Here There What Who Why How Where Which All Some Any Each Every New Old North South East West");

    private static HashSet<string> Set(string words, char separator = ' ') =>
        new(words.Split(separator, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries), StringComparer.Ordinal);
}
