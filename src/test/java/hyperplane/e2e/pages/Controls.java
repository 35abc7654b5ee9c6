package hyperplane.e2e.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * How the page objects find controls as a user does: by their visible label or accessible name, within one
 * view's section or the whole page. Finds only; never asserts.
 */
final class Controls {
    private Controls() {
    }

    /**
     * The form control whose visible label starts with {@code label}: the element its {@code for} names, or the
     * input the label wraps. {@code sectionId} limits the search to one view's section; null searches the page.
     */
    static WebElement labelled(WebDriver driver, String sectionId, String label) {
        WebElement labelElement = driver.findElement(By.xpath(
                scope(sectionId) + "//label[starts-with(normalize-space(.), '" + label + "')]"));
        String id = labelElement.getAttribute("for");
        if (id != null && !id.isEmpty()) {
            return driver.findElement(By.id(id));
        }
        return labelElement.findElement(By.tagName("input"));
    }

    /** The button whose aria-label or text is {@code name}, in one section (or the page when null). */
    static WebElement button(WebDriver driver, String sectionId, String name) {
        return driver.findElement(By.xpath(scope(sectionId) + "//button[@aria-label='" + name
                + "' or normalize-space(.)='" + name + "']"));
    }

    private static String scope(String sectionId) {
        return sectionId == null ? "" : "//section[@id='" + sectionId + "']";
    }
}
