"""Given names and titles that tell a person's gender, so "she" is not resolved to "Mr. Smith".

Common given names of English-language news (US/UK census lists and names frequent in world
news); a name used for both sexes (Jordan, Taylor, Morgan…) is in neither list.
"""

MALE_GIVEN_NAMES = frozenset(
    """
aaron abdul abdullah abe abraham adam adrian ahmad ahmed al alan albert alberto alejandro alex
alexander alexei alfred ali allen alvin amir anders andre andrew andrés andy angelo anthony antonio
anwar arnold arthur arturo ashraf austin barack barney barry bart ben benjamin benny bernard bernie
bert bill billy bob bobby boris brad bradley brandon brendan brent brett brian bruce bryan byron
calvin carl carlos cecil cedric chad charles charlie chester chris christian christopher chuck
clarence claude clay clayton cliff clifford clint cody colin connor conrad corey cory craig
curtis cyrus dale dan daniel danny darrell darren dave david dean dennis derek devin dick diego
dmitri dmitry dominic don donald doug douglas duane dustin dwayne dwight earl ed eddie edgar edmund
eduardo edward edwin elijah elliot elliott elon emmanuel enrique eric erik ernest ernesto eugene
evan felipe felix fernando francis francisco frank franklin fred freddie frederick gabriel gareth
garrett gary gavin gene geoff geoffrey george gerald gerard gerhard giuseppe glen glenn gordon
graham grant greg gregory guillermo gustavo guy hakeem hal hamid hank hans harold harry harvey
hassan hector henry herbert herman howard hugh hugo ian igor isaac ivan jack jacob jake james
jared jason javier jay jeb jeff jeffrey jeremy jerome jerry jesse jesus jim jimmy joaquin joe joel
johann john johnny jon jonathan jorge jose josé joseph josh joshua juan julian julio justin karl
keith kelvin ken kenneth kevin kirk kurt kyle lamar lance larry lawrence leo leon leonard leroy
lewis lloyd logan lonnie louis lucas luis luke malcolm manuel marco marcus mario mark marshall
martin marvin matt matthew maurice max maxwell michael micheal miguel mike mikhail miles mitch mitchell
mitt mohamed mohammad mohammed moses muhammad murray nathan nathaniel neil nelson nicholas nick
nicolas nigel noah norman oliver omar orrin oscar otto owen pablo patrick paul pedro pete peter
phil philip phillip pierre rafael ralph ramon randall randy raul ray raymond reggie reginald
reince ricardo richard rick ricky rob robert roberto rod rodney roger roland ron ronald ronnie ross
roy rudolph rudy rupert russell ryan salvador sam samuel saul scott sean sergei sergey seth shane
shaun sheldon sidney simon stanley stefan stephen steve steven stuart ted terrence terry theodore
thomas tim timothy toby todd tom tommy tony travis trent trey troy tyler vernon victor viktor vince
vincent vladimir wade walter warren wayne wesley will willard william willie wolfgang xavier yuri
zachary
""".split()
)

FEMALE_GIVEN_NAMES = frozenset(
    """
abigail ada adriana agnes aileen alexandra alexis alice alicia alison allison alma amanda amber amelia
amy ana andrea angela angelina anita ann anna anne annette annie antonia april arlene audrey barbara
beatrice becky belinda bernadette beth betsy betty beverly bonnie brenda bridget brittany brooke
camila candace carla carly carmen carol caroline carolyn carrie catherine cathy cecilia celia charlene
charlotte cheryl christina christine cindy claire clara claudia colleen connie constance courtney
crystal cynthia daisy danielle daphne darlene dawn debbie deborah debra denise diana diane
dianne dolores donna doris dorothy edith eileen elaine eleanor elena elisabeth eliza elizabeth ella
ellen elsa emily emma erica erin esther ethel eva evelyn felicia fiona florence frances gabriela
gail gina gloria grace greta gretchen gwen hannah harriet hazel heather heidi helen helena hillary
hilary holly ida ilhan ingrid irene iris isabel isabella ivanka jacqueline jane janet janice
jasmine jean jeanne jeannie jennifer jenny jessica jill joan joann joanna joanne jocelyn josephine
joy joyce judith judy julia julie june justine karen kate katharine katherine kathleen kathryn kathy
katie katrina kay kayla kimberly kirsten kristen kristin kristina laura lauren laurie leah
lillian linda lisa lois loretta lori lorraine louise lucia lucy lydia lynn mackenzie madeleine
madeline maggie maria marian marie marilyn marina marion marjorie marsha martha mary maureen maxine
megan meghan melania melanie melinda melissa mercedes meredith michele michelle mildred miriam molly
monica nadia nancy naomi natalie natasha nicole nikki nina nora norma olga olivia paige pamela patricia
patsy paula pauline peggy penelope penny phyllis priscilla rachel rebecca regina renee rhonda rita
roberta rosa rosalind rosalyn rose rosemary ruth sabrina sally samantha sandra sara sarah sharon
sheila shelley sheryl shirley silvia sofia sonia sophia sophie stacey stella stephanie susan susanne
suzanne sylvia tamara tammy tanya tara teresa theresa tiffany tina ursula valerie vanessa vera
veronica victoria virginia vivian wanda wendy whitney yolanda yvonne zoe
""".split()
)

# Titles and role words before a name: "Mrs. Smith", "Congresswoman Jane Roe".
MALE_TITLES = frozenset(
    "mr mr. sir lord king prince duke baron father brother congressman spokesman chairman "
    "businessman councilman assemblyman alderman actor".split()
)
FEMALE_TITLES = frozenset(
    "mrs mrs. ms ms. miss dame lady queen princess duchess baroness mother sister congresswoman "
    "spokeswoman chairwoman businesswoman councilwoman assemblywoman actress first-lady".split()
)

PRONOUN_GENDER = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f", "hers": "f"}
