using System.Collections.Frozen;

namespace NewsBot.Core.Quotes;

/// <summary>Words that decide what a run of capitalized words is: a person, an organisation, a place or nothing.</summary>
internal static class NameLexicon
{
    /// <summary>Capitalized words that start sentences or name times, never part of a name.</summary>
    public static readonly FrozenSet<string> NotNames = Set(
        "The", "A", "An", "But", "And", "Or", "So", "Yet", "In", "On", "At", "Of", "For", "To", "From", "With", "By", "As",
        "After", "Before", "When", "While", "If", "Though", "Although", "Because", "Since", "During", "Until", "Then",
        // Subordinators that open a sentence before its subject (`Once Marlow arrived, …`): not the start of a name.
        "Once", "Unless", "Whereas", "Whenever",
        "He", "She", "They", "We", "I", "It", "You", "His", "Her", "Their", "Our", "My", "Its", "Your", "This", "That",
        "These", "Those", "There", "Here", "What", "Who", "Why", "How", "Where", "Which", "Some", "Many", "Most", "All",
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February", "March",
        "April", "May", "June", "July", "August", "September", "October", "November", "December", "Asked", "Speaking",
        "According", "Still", "Now", "Yes", "No", "Not", "Also", "Even", "Just", "Only", "Meanwhile", "However", "Instead",
        "Last", "Next", "Earlier", "Later", "Today", "Yesterday", "Tonight", "Both", "Each", "Every", "Other", "One", "Two",
        "Said", "Says", "Told", "Added", "Like", "Unlike", "Among", "Despite", "Over",
        "Under", "Inside", "Outside", "Without", "Let", "Do", "Does", "Did", "Is", "Are", "Was", "Were", "Will", "Would",
        "Can", "Could", "Should", "Has", "Have", "Had", "Don’t", "Don't", "It’s", "It's", "That’s", "That's", "Dear",
        "Der", "Die", "Das",
        // German interrogatives and relatives open a sentence capitalised (`Wer Almut im Netz folgt`) and never a name.
        "Wer", "Wen", "Wem", "Wessen", "Wie", "Warum", "Wann", "Weshalb", "Wieso", "Welche", "Welcher", "Welches", "Le", "La", "Les", "El", "Los", "Il", "Lo", "Os", "Un", "Une", "Ein", "Eine", "Hours", "Minutes", "Days", "Weeks", "Months", "Years", "Chapter", "Section", "Photo", "Image", "Video", "Read", "More", "Advertisement", "Contributing", "Follow");

    /// <summary>Titles before a name; they are moved to the role (honorifics are dropped).</summary>
    public static readonly FrozenSet<string> Titles = Set(
        "President", "Vice", "Sen", "Senator", "Rep", "Representative", "Del", "Delegate", "Gov", "Governor", "Secretary", "Mayor", "Judge",
        "Justice", "Chancellor", "Minister", "Prime", "Speaker", "Attorney", "General", "Gen", "Lt", "Col", "Capt", "Sgt",
        "Adm", "Prof", "Professor", "Rev", "Reverend", "Pope", "King", "Queen", "Prince", "Princess", "Chairman",
        "Chairwoman", "Director", "Ambassador", "Chief", "Commissioner", "Sheriff", "Detective", "Officer", "Pastor",
        "Rabbi", "Imam", "Sheikh", "Former", "Congressman", "Congresswoman", "Assemblyman", "Assemblywoman",
        "Councilman", "Councilwoman", "Coach", "Candidate", "Nominee", "Democratic", "Republican", "Supt", "Dep", "Abg", "Bgm",
        // Military, police and council ranks as the English press abbreviates them (`Maj. Gen.`, `Det. Insp.`, `Cllr`).
        "Maj", "Brig", "Cmdr", "Cdr", "Det", "Insp", "Cllr", "Cpl", "Pvt",
        // Posts written in capitals before a name (`Nationals MP Greg Tully`, `SP Aminu Bello`): a legislator's and a
        // Commonwealth police officer's; without them the capitals read as a body's acronym and the person is lost.
        "MP", "MEP", "MSP", "MLA", "MK", "TD", "SP", "ASP", "DSP", "SSP", "ACP", "DCP", "CSP", "IGP",
        // `Barr. Ifeoma Uzor`, `Engr. Musa Bello`: the profession Nigerian and Ghanaian papers put before a name.
        "Barr", "Engr");

    /// <summary>`Hon`, `Rt`: `the Rt Hon. Jane Roe`, `Senator the Hon. Aubyn Hill`, as Commonwealth newsrooms write a minister's name.</summary>
    public static readonly FrozenSet<string> Honorifics = Set(
        "Mr", "Mrs", "Ms", "Miss", "Dr", "Sir", "Dame", "Lord", "Lady", "Hon", "Rt", "Herr", "Frau", "M", "Mme", "Sr", "Sra", "Signor", "Signora",
        "Dra", "Srta", "Lic", "Licda", "Dott", "Avv", "Sig", "Profa", "Mag", "Dipl", "Ing",
        // Indian (`Shri`, `Smt.`, Tamil `Thiru`, `Tmt`) and West African Muslim (`Alhaji`, `Alhaja`) honorifics.
        "Shri", "Smt", "Thiru", "Tmt", "Alhaji", "Alhaja",
        // Singaporean and Malaysian (`Madam Chua Geok Hoon` … `said Madam Chua`, `Mdm Siti`, `Encik Hafiz`, `Puan Aminah`).
        "Madam", "Mdm", "Encik", "Puan");

    public static readonly FrozenSet<string> MaleMarkers = Set(
        "Mr", "Sir", "Lord", "King", "Prince", "Congressman", "Assemblyman", "Councilman", "Chairman", "Herr", "M", "Sr", "Signor", "Father", "Shri", "Thiru", "Alhaji", "Encik",
        "James", "John", "Robert", "Michael", "William", "David", "Richard", "Joseph", "Thomas", "Charles", "Christopher",
        "Daniel", "Matthew", "Anthony", "Mark", "Donald", "Steven", "Paul", "Andrew", "Joshua", "Kenneth", "Kevin", "Brian",
        "George", "Edward", "Ronald", "Timothy", "Jason", "Jeffrey", "Ryan", "Jacob", "Gary", "Nicholas", "Eric", "Jonathan",
        "Stephen", "Larry", "Justin", "Scott", "Brandon", "Benjamin", "Samuel", "Frank", "Gregory", "Raymond", "Alexander",
        "Patrick", "Jack", "Dennis", "Jerry", "Tyler", "Aaron", "Jose", "Adam", "Henry", "Nathan", "Douglas", "Zachary",
        "Peter", "Kyle", "Walter", "Ethan", "Jeremy", "Harold", "Keith", "Christian", "Roger", "Noah", "Gerald", "Carl",
        "Terry", "Sean", "Austin", "Arthur", "Lawrence", "Jesse", "Dylan", "Bryan", "Joe", "Jordan", "Billy", "Bruce",
        "Albert", "Willie", "Gabriel", "Logan", "Alan", "Juan", "Wayne", "Roy", "Ralph", "Randy", "Eugene", "Vincent",
        "Russell", "Elijah", "Louis", "Bobby", "Philip", "Johnny", "Bill", "Mike", "Jim", "Tom", "Bob", "Barack", "Bernie",
        "Ted", "Marco", "Jeb", "Mitt", "Newt", "Rudy", "Chris", "Tim", "Ben", "Dmitry", "Vladimir", "Sergei", "Hans",
        "Pierre", "Carlos", "Tomas", "Tomasz", "Jan", "Lars", "Piotr", "Marek", "Stefan", "Jürgen", "Klaus", "Luca", "Marco", "Pablo", "Diego", "Rafael", "Kwame", "Chinedu", "Luis", "Mohammed", "Ahmed", "Ali", "Omar", "Hassan", "Reince", "Kellyanne",
        "Jonas", "Andreas", "Lukas", "Noah", "François", "Nicolas", "Philippe", "Michel", "José", "Emmanuel", "Lucas", "Giuseppe", "Paulo", "João");

    public static readonly FrozenSet<string> FemaleMarkers = Set(
        "Mrs", "Ms", "Miss", "Dame", "Lady", "Queen", "Princess", "Congresswoman", "Assemblywoman", "Councilwoman",
        "Chairwoman", "Frau", "Mme", "Sra", "Signora", "Sister", "Smt", "Tmt", "Alhaja", "Madam", "Mdm", "Puan",
        "Mary", "Patricia", "Jennifer", "Linda", "Elizabeth", "Barbara", "Susan", "Jessica", "Sarah", "Karen", "Nancy",
        "Lisa", "Betty", "Margaret", "Sandra", "Ashley", "Kimberly", "Emily", "Donna", "Michelle", "Dorothy", "Carol",
        "Amanda", "Melissa", "Deborah", "Stephanie", "Rebecca", "Sharon", "Laura", "Cynthia", "Kathleen", "Amy", "Shirley",
        "Angela", "Helen", "Anna", "Brenda", "Pamela", "Nicole", "Emma", "Samantha", "Katherine", "Christine", "Debra",
        "Rachel", "Catherine", "Carolyn", "Janet", "Ruth", "Maria", "Heather", "Diane", "Virginia", "Julie", "Joyce",
        "Victoria", "Olivia", "Kelly", "Christina", "Lauren", "Joan", "Evelyn", "Judith", "Megan", "Cheryl", "Andrea",
        "Hannah", "Martha", "Jacqueline", "Frances", "Gloria", "Ann", "Teresa", "Kathryn", "Sara", "Janice", "Jean",
        "Alice", "Madison", "Doris", "Abigail", "Julia", "Judy", "Grace", "Denise", "Amber", "Marilyn", "Beverly",
        "Danielle", "Theresa", "Sophia", "Marie", "Diana", "Brittany", "Natalie", "Isabella", "Charlotte", "Rose",
        "Alexis", "Kayla", "Hillary", "Melania", "Ivanka", "Chelsea", "Elizabeth", "Nikki", "Sarah", "Angela", "Theresa",
        "Kellyanne", "Huma", "Donna", "Debbie", "Claire", "Anne", "Marine", "Hope", "Katy", "Kate", "Jane", "Joanna", "Lena", "Marta", "Anke", "Ingrid", "Sofia", "Elena", "Ines", "Chiara", "Giulia", "Aisha", "Fatima", "Priya",
        "Sophie", "Sabine", "Nathalie", "Isabelle", "Sylvie", "Carmen", "Mariana", "Beatriz", "Greta");

    /// <summary>Words that make a run an organisation or institution rather than a person.</summary>
    public static readonly FrozenSet<string> OrganisationWords = Set(
        "Inc", "Corp", "Co", "Company", "Group", "Ltd", "LLC", "Bank", "Party", "Agency", "Ministry", "Department",
        "Committee", "Commission", "Council", "Association", "Foundation", "Institute", "University", "College", "School",
        "Times", "Post", "Journal", "News", "Network", "Press", "Media", "Court", "House", "Senate", "Congress", "Campaign",
        "Administration", "Office", "Bureau", "Service", "Police", "Army", "Navy", "Force", "Union", "Federation",
        "Organization", "Organisation", "Fund", "Trust", "Board", "Authority", "Reuters", "Tribune", "Herald", "Daily",
        "Magazine", "Review", "Center", "Centre", "Society", "Club", "Coalition", "Alliance", "Project", "Caucus",
        "Republicans", "Democrats", "Kremlin", "Pentagon", "Commons", "Parliament", "Government", "Council", "Airlines",
        "Motors", "Holdings", "Partners", "Industries", "Systems", "Technologies", "Labs", "Studios", "Records", "Gazette",
        "Telegraph", "Guardian", "Observer", "Chronicle", "Globe", "Monitor", "Today", "Radio", "TV", "Television",
        "Chamber", "Tribunal", "Cabinet", "Secretariat", "Museum", "Corporation", "Laboratory", "Observatory", "Prison");

    /// <summary>Multi-word places and things that look like names but are neither people nor speakers.</summary>
    public static readonly FrozenSet<string> PlaceWords = Set(
        "America", "United", "States", "York", "Washington", "Russia", "China", "Iran", "Iraq", "Syria", "Israel",
        "Mexico", "Canada", "Europe", "Britain", "England", "France", "Germany", "Japan", "Korea", "India", "Africa",
        "Asia", "Ukraine", "Street", "Avenue", "City", "County", "State", "Valley", "River", "Island", "Islands", "Beach",
        "Park", "Square", "Hall", "Day", "Election", "Convention", "Act", "Amendment", "God", "Internet", "Twitter",
        "Facebook", "Instagram", "YouTube", "Florida", "Ohio", "Texas", "California", "Virginia", "Pennsylvania",
        "Iowa", "Carolina", "Michigan", "Wisconsin", "Nevada", "Colorado", "Arizona", "Georgia", "Jersey", "Hampshire",
        "Chicago", "Cleveland", "Philadelphia", "Boston", "Los", "Angeles", "San", "Francisco", "Paris", "London",
        "Berlin", "Moscow", "Beijing", "Brussels", "Rome", "Madrid", "Lisbon", "Americans", "Muslims", "Christians",
        "Obamacare", "Brexit", "Wall", "Olympics", "Christmas", "Easter", "Mississippi", "Missouri", "Kentucky", "Utah");

    /// <summary>`Turkish officials`, `a Canadian firm`: a nationality or origin adjective, which names no one.</summary>
    public static bool IsDemonym(string word) =>
        Demonyms.Contains(word)
        || (word.Length > 5 && !OrganisationWords.Contains(word) && (word.EndsWith("ish", StringComparison.Ordinal) || word.EndsWith("ese", StringComparison.Ordinal)
            || word.EndsWith("ian", StringComparison.Ordinal) || word.EndsWith("ean", StringComparison.Ordinal)));

    private static readonly FrozenSet<string> Demonyms = Set(
        "American", "African", "Mexican", "German", "Israeli", "Iraqi", "Pakistani", "Saudi", "Afghan", "Dutch", "French",
        "Greek", "Swiss", "Thai", "Cuban", "Chilean", "Kenyan", "Nigerian", "Moroccan", "Venezuelan", "Puerto", "Latino",
        "Hispanic", "Asian", "Arab", "Muslim", "Jewish", "Catholic", "Democrat", "Republican", "Conservative", "Liberal");

    public static bool IsNameWord(Word word) =>
        word.IsCapitalized && !NotNames.Contains(word.Text) && !IsAllPunctuation(word.Text);

    private static bool IsAllPunctuation(string value)
    {
        foreach (var c in value)
        {
            if (char.IsLetter(c))
            {
                return false;
            }
        }

        return true;
    }

    private static FrozenSet<string> Set(params string[] words) => words.ToFrozenSet(StringComparer.Ordinal);
}
