/// Plain texts for the character-level language models: the pretraining corpus and the domain the
/// LoRA adapters are fine-tuned on (a real shift: Elizabethan drama → Milton's epic verse).
public enum Texts {
    /// Ten Shakespeare plays, 1.27 MB (public domain).
    public static var shakespeare: String { shakespeareText }
    /// Paradise Lost, 465 KB (public domain).
    public static var milton: String { miltonText }
}
