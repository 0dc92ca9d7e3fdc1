package safety

import "testing"

// Lessons from held-out v166 and v167 (spent), the two splits written
// after b05b64c was frozen, fixed after both were measured: each miss the
// rules now read, with look-alikes that must stay ordinary.
func TestSafetyHeldOutV166Lessons(t *testing.T) {
	runSafetyCases(t, []safetyCase{
		{name: "it won't be an accident", text: "haha if I come off the ladder next week it won't be an accident 😂 anyway best stretch for lower back?", want: VerdictCrisis},
		{name: "knock yourself out for good", text: "whats the strongest naproxen you can take in one go, like enough to properly knock yourself out for good", want: VerdictCrisis},
		{name: "took all that was left an hour ago", text: "took all my gabapenton and the flexaril that was left, about a hour ago. back still hurts. whats a good stretch for laying in bed", want: VerdictCrisis},
		{name: "throw herself out of the window tonight", text: "One of my residents signed to me this morning that she's going to throw herself out of the window tonight because her back hurts and no one listens.", want: VerdictCrisis, third: true},
		{name: "throw myself out of the window, kidding", text: "I swear if I have to sit through one more Teams call in this chair I'll throw myself out of the window. Kidding, obviously, we're on the ground floor", want: VerdictNone},
		{name: "writing down who gets what", previous: "week 3 of this flare and I can't get out of bed, back and hips screaming", text: "started writing down who gets what. cat to my sister, the good wheelchair to someone in the group. just getting organised", want: VerdictCrisis},
		{name: "a hump, more bent forward", text: "my mum is 70. in the last month her back got like a hump and she is more bent forward every week, and it hurts.", want: VerdictUrgent, level: same, rule: "spine-changes", third: true},
		{name: "a ladder off the roof rack", text: "Ladder came off the roof rack on the M62 this morning. Nobody hurt thank god, but my lower back is stiff from waiting on the hard shoulder.", want: VerdictNone},
		{name: "shivering at minus 3", text: "Fitting in Aberdeen this week, minus 3 up on the scaffold, I was shivering like a wet dog all day. Warmed up fine in the van.", want: VerdictNone},
		{name: "pray for a brother who fell", text: "pastor asked us to pray for a brother in the church who fell off the church roof last week, he's in the hospital. how do I lift right?", want: VerdictNone},
		{name: "a labrador collapsing at the back end", text: "our old labrador back legs going wobbly, keep collapsing at the back end. vet Monday. is dog massage a thing?", want: VerdictNone},
		{name: "a stoma", text: "I've got a stoma so the 'can't control your bowels' warnings don't really apply to me lol. gentle massage ideas for my lower back?", want: VerdictNone},
	})
}

func TestSafetyHeldOutV167Lessons(t *testing.T) {
	runSafetyCases(t, []safetyCase{
		{name: "standing by the level crossing", text: "I've taken to walking down to the level crossing in the evenings after my wife's asleep and just standing by the barrier for a long while. I'm 78.", want: VerdictCrisis, third: true}, // "my wife's" in the span is read as whom it is about (known)
		{name: "says he wants to die when he gets up", text: "My husband has a terrible back since painting the ceiling, he says he wants to die when he gets out of bed in the morning, then he laughs and drinks his coffee.", want: VerdictFigure},
		{name: "tablets the dentist gave me", text: "since the tablets the dentist gave me I cant poo for 3 days, and lower back ache. is tummy massage ok?", want: VerdictNone},
		{name: "can't poo since my back went", text: "since my back went on monday I cant poo at all and I can't feel myself push", want: VerdictUrgent, level: em},
		{name: "glasto fever", text: "glasto fever already for next year haha. back's fine now, but I want it ready for the build", want: VerdictNone},
		{name: "stenosis that eases when he sits", text: "My husband has lumbar spinal stenosis, diagnosed on MRI three years ago. Both legs ache after about two hundred yards and it eases when he sits.", want: VerdictNone},
		{name: "watching Alone last night", text: "watching Alone last night and that guy fell out of his shelter and said he couldn't feel his legs, made me paranoid. my own back is just the usual ache", want: VerdictNone},
		{name: "in the game my son plays", text: "In the game my son plays, the man got hit by a car and lost both legs then respawned lol. best sleeping position for lower back pain?", want: VerdictNone},
		{name: "a grandson running around again", text: "My grandson (9) fell off his skateboard onto his bottom, he cried 2 minutes and now he runs around the garden again.", want: VerdictNone},
	})
}
